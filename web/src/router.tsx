import { Link } from '@digdir/designsystemet-react';
import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

/**
 * A small router over the History API: the pages are few and flat, and the routers on npm that
 * fit React 19 need Node 22 to build. Paths are the app's addresses (`/kommune/4601`); every
 * one is served the same index.html by the gateway.
 */
const listeners = new Set<() => void>();

/** Moves to `to`; with `replace`, in place of the current entry (an address not to go back to). */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}) {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

export function useLocation(): URL {
  const [href, setHref] = useState(() => window.location.href);
  useEffect(() => {
    const update = () => setHref(window.location.href);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return new URL(href);
}

/**
 * A link within the app: a real `<a href>` (opens in a new tab, reads as a link), routed here on
 * a plain click. `current` marks the link to the page shown (in a navigation).
 */
export function AppLink({ to, current, children }: { to: string; current?: boolean; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <Link href={to} onClick={onClick} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
