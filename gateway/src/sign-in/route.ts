import type { HttpRoutes } from '@registers/platform';
import type { GatewayConfig } from '../config.ts';

/** Where the web app asks how people sign in. */
export const signInConfigPath = '/auth/config.json';

/**
 * `GET /auth/config.json`: whether users sign in with an identity provider (OpenID Connect,
 * `AUTH_*`) and which, or, with `null`, with local tokens (`npm run token`), which the web app's
 * development sign-in takes. Public: it names the provider, never a key or a secret.
 */
export function signInConfigRoute(identityProvider: GatewayConfig['identityProvider']): HttpRoutes {
  const body = JSON.stringify({
    identityProvider: identityProvider ? { issuer: identityProvider.issuer } : null,
  });
  return {
    [signInConfigPath]: async (_request, reply) =>
      reply.type('application/json; charset=utf-8').header('cache-control', 'no-cache').send(body),
  };
}
