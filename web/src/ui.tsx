import { Alert, Heading, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import type { Loaded } from './api.ts';
import { errorMessage } from './labels.ts';

/** Whether a page has been shown since the app loaded. */
let navigated = false;

/**
 * One page: its title in the tab and its heading, which takes the focus when the app moves to
 * the page, so a screen reader announces it and the keyboard starts from its top. The first page
 * after a load leaves the focus where the browser put it, so the skip link comes first.
 */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Registertjenester`;
    if (navigated) heading.current?.focus();
  }, [title]);
  useEffect(() => {
    navigated = true;
  }, []);
  return (
    <>
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </>
  );
}

/** What was loaded, or a spinner while it loads, or what went wrong in words. */
export function Show<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  if (loaded.state === 'loading') return <Spinner aria-label="Henter data" />;
  if (loaded.state === 'error') return <Alert data-color="danger">{errorMessage(loaded.code)}</Alert>;
  return <>{children(loaded.data)}</>;
}
