import type { HttpRoutes } from '@registers/platform';
import type { GatewayConfig } from './config.ts';

/** What the web app needs to sign in at the identity provider (`GET /auth/config.json`). */
export interface WebIdentityProvider {
  issuer: string;
  clientId: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  scope: string;
  /**
   * The token the app sends as its bearer token: the ID token when the gateway's audience is the
   * web's client id (the ID token's `aud`), otherwise the access token, asked for that audience
   * as its `resource` (RFC 8707).
   */
  token: 'id_token' | 'access_token';
  resource?: string;
}

type Discovered = { authorization_endpoint?: unknown; token_endpoint?: unknown };

/**
 * `GET /auth/config.json`: public, for the web's sign-in button. `{ "identityProvider": null }`
 * without `AUTH_CLIENT_ID`; with it, the provider's endpoints as configured or, when not, from
 * the issuer's `/.well-known/openid-configuration`, read on the first request and kept (a failed
 * read is tried again on the next request, answered 503 meanwhile).
 */
export function authConfigRoutes(config: GatewayConfig, fetchJson = fetchDiscovery): HttpRoutes {
  const provider = config.identityProvider;
  const web = config.webSignIn;
  let resolved: Promise<WebIdentityProvider> | undefined;
  const resolve = async (): Promise<WebIdentityProvider> => {
    const { issuer, audience } = provider!;
    const { clientId, scope } = web!;
    let { authorizationEndpoint, tokenEndpoint } = web!;
    if (!authorizationEndpoint || !tokenEndpoint) {
      const discovered = await fetchJson(
        new URL(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`),
      );
      authorizationEndpoint ??= stringOf(discovered.authorization_endpoint, 'authorization_endpoint');
      tokenEndpoint ??= stringOf(discovered.token_endpoint, 'token_endpoint');
    }
    const token = audience === clientId ? 'id_token' : 'access_token';
    return {
      issuer,
      clientId,
      authorizationEndpoint,
      tokenEndpoint,
      scope,
      token,
      ...(token === 'access_token' && { resource: audience }),
    };
  };
  return {
    '/auth/config.json': async (_request, reply) => {
      void reply.header('cache-control', 'no-cache').type('application/json; charset=utf-8');
      if (!provider || !web) return reply.send({ identityProvider: null });
      resolved ??= resolve();
      try {
        return reply.send({ identityProvider: await resolved });
      } catch {
        resolved = undefined;
        return reply.code(503).send({ identityProvider: null, error: 'IDENTITY_PROVIDER_UNAVAILABLE' });
      }
    },
  };
}

async function fetchDiscovery(url: URL): Promise<Discovered> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as Discovered;
}

function stringOf(value: unknown, name: string): string {
  if (typeof value !== 'string' || !URL.canParse(value))
    throw new Error(`The discovery document has no ${name}`);
  return value;
}
