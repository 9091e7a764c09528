import { RegisterClient, type PersistedDocument, type VariablesOf } from '@registers/client';
import { useEffect, useState } from 'react';
import { sessionToken } from './session.ts';

/**
 * The gateway this page was served by: the app asks nothing else. As the signed-in person when
 * there is a session (session.ts), otherwise as the public.
 */
export const client = new RegisterClient({
  url: new URL('/graphql', window.location.origin),
  token: () => sessionToken() ?? '',
});

export type Loaded<T> = { state: 'loading' } | { state: 'error'; code: string } | { state: 'done'; data: T };

/** Runs one typed operation of @registers/client when the variables change; the latest answer wins. */
export function useOperation<TResult, TVariables>(
  document: PersistedDocument<TResult, TVariables>,
  ...[variables]: VariablesOf<TVariables>
): Loaded<TResult> {
  return useReloadableOperation(document, ...([variables] as VariablesOf<TVariables>))[0];
}

/**
 * As useOperation, with a function that asks again (after a change the page made), keeping
 * what was shown until the new answer comes.
 */
export function useReloadableOperation<TResult, TVariables>(
  document: PersistedDocument<TResult, TVariables>,
  ...[variables]: VariablesOf<TVariables>
): [Loaded<TResult>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<TResult>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(variables ?? {});
  useEffect(() => {
    setLoaded({ state: 'loading' });
  }, [document, key]);
  useEffect(() => {
    let current = true;
    client
      .execute(document, ...([variables] as VariablesOf<TVariables>))
      .then((data) => current && setLoaded({ state: 'done', data }))
      .catch(
        (error: unknown) =>
          current &&
          setLoaded({ state: 'error', code: (error as { code?: string }).code ?? 'NETWORK_ERROR' }),
      );
    return () => {
      current = false;
    };
    // The variables are compared by value (key), not by identity.
  }, [document, key, version]);
  return [loaded, () => setVersion((v) => v + 1)];
}
