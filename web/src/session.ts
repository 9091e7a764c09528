import { useEffect, useState } from 'react';

/**
 * Who the browser is signed in as: a bearer token the gateway verifies on every request (a
 * token from the identity provider or `npm run token`, or a personal sign-in link's token),
 * kept in this tab's sessionStorage only, so closing the tab signs out. The app never decodes
 * it for rights: what the signed-in person may do is what the gateway answers.
 */
const storageKey = 'registertjenester.token';
const listeners = new Set<() => void>();

export function sessionToken(): string | null {
  return window.sessionStorage.getItem(storageKey);
}

export function signIn(token: string) {
  window.sessionStorage.setItem(storageKey, token);
  for (const listener of listeners) listener();
}

export function signOut() {
  window.sessionStorage.removeItem(storageKey);
  for (const listener of listeners) listener();
}

/** The current token (null when signed out), re-rendering on sign-in and sign-out. */
export function useSession(): { token: string | null } {
  const [token, setToken] = useState(sessionToken);
  useEffect(() => {
    const update = () => setToken(sessionToken());
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, []);
  return { token };
}
