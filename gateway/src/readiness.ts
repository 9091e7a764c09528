import { readinessCheckTimeoutMs } from '@registers/platform';

/**
 * The gateway is ready when every subgraph is: each subgraph's own `/ready` (its database and
 * schema), beside its GraphQL URL, answers 200. One check per subgraph, so a 503 names it; the
 * request is given up when `/ready` stops waiting for it.
 */
export function subgraphReadinessChecks(
  subgraphUrls: Record<string, string>,
): Record<string, () => Promise<boolean>> {
  return Object.fromEntries(
    Object.entries(subgraphUrls).map(([name, url]) => [
      name,
      async () => {
        const response = await fetch(new URL('ready', url), {
          signal: AbortSignal.timeout(readinessCheckTimeoutMs),
        });
        await response.body?.cancel();
        return response.ok;
      },
    ]),
  );
}
