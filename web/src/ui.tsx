import { Alert, Heading, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import type { Loaded } from './api.ts';
import { errorMessage } from './labels.ts';

/**
 * One page: its title in the tab and its heading, which takes the focus when the page opens, so
 * a screen reader announces the new page and the keyboard starts from its top.
 */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Registertjenester`;
    heading.current?.focus();
  }, [title]);
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
