import type { HttpRoutes } from '@registers/platform';
import type { GatewayConfig } from '../config.ts';

/** Where the web app asks how people sign in. */
export const signInConfigPath = '/auth/config.json';

/** How the web signs in at the identity provider, when it has a client there (`AUTH_CLIENT_ID`). */
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
 * `GET /auth/config.json`: whether users sign in with an identity provider (OpenID Connect,
 * `AUTH_*`) and which, or, with `null`, with local tokens (`npm run token`), which the web app's
 * development sign-in takes. With the web's client at the provider (`AUTH_CLIENT_ID`), also how
 * the web runs the authorization code flow: the endpoints as configured or, when not, from the
 * issuer's `/.well-known/openid-configuration`, read on the first request and kept (a failed
 * read is tried again on the next request, answered 503 meanwhile). Public: it names the
 * provider and the public client, never a key or a secret.
 */
export function signInConfigRoute(
  config: Pick<GatewayConfig, 'identityProvider' | 'webSignIn'>,
  fetchDiscovery = fetchDiscoveryDocument,
): HttpRoutes {
  const provider = config.identityProvider;
  const web = config.webSignIn;
  let resolved: Promise<WebIdentityProvider> | undefined;
  const resolve = async (): Promise<WebIdentityProvider> => {
    const { issuer, audience } = provider!;
    const { clientId, scope } = web!;
    let { authorizationEndpoint, tokenEndpoint } = web!;
    if (!authorizationEndpoint || !tokenEndpoint) {
      const discovered = await fetchDiscovery(
        new URL(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`),
      );
      authorizationEndpoint ??= endpointOf(discovered.authorization_endpoint, 'authorization_endpoint');
      tokenEndpoint ??= endpointOf(discovered.token_endpoint, 'token_endpoint');
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
    [signInConfigPath]: async (_request, reply) => {
      void reply.type('application/json; charset=utf-8').header('cache-control', 'no-cache');
      if (!provider) return reply.send({ identityProvider: null });
      if (!web) return reply.send({ identityProvider: { issuer: provider.issuer } });
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

async function fetchDiscoveryDocument(url: URL): Promise<Discovered> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as Discovered;
}

function endpointOf(value: unknown, name: string): string {
  if (typeof value !== 'string' || !URL.canParse(value)) {
    throw new Error(`The discovery document has no ${name}`);
  }
  return value;
}
