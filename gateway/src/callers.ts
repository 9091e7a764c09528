import type { IncomingHttpHeaders } from 'node:http';
import {
  bearerToken,
  importKey,
  isSignInLinkToken,
  loadOrCreateKeyFile,
  publicIdentity,
  userTokenVerifier,
  type CryptoKey,
  type Identity,
} from '@registers/access';
import { INTERNAL_TOKEN_KEY_NAME } from '@registers/platform';
import type { GatewayConfig } from './config.ts';
import { grantResolver } from './grants.ts';
import { signInLinkChecker } from './sign-in-links.ts';

/** The key `npm run token` signs local users' tokens with. */
export const LOCAL_TOKEN_KEY_NAME = 'local-token';

/** The private half of the internal token key: the configured JWK, or (outside production) the shared key file. */
export async function loadInternalTokenKey(config: GatewayConfig): Promise<CryptoKey> {
  return config.internalTokenPrivateKey
    ? await importKey(config.internalTokenPrivateKey, 'INTERNAL_TOKEN_PRIVATE_KEY')
    : (await loadOrCreateKeyFile(config.keysDir, INTERNAL_TOKEN_KEY_NAME)).privateKey;
}

/**
 * Who is asking, from a request's headers, as every router in front of the subgraphs must say
 * it (our gateway, and Hive Gateway through gateway/src/hive): no token is the public; a token
 * that does not verify throws AuthenticationError (401), never the public; a personal sign-in
 * link's token is its person, for their own declaration only; a user's token is its subject
 * with the rights the register's assignments give (GrantLookupError, 503, when it cannot say).
 */
export async function callerAuthenticator(
  config: GatewayConfig,
  internalTokenKey: CryptoKey,
): Promise<(headers: IncomingHttpHeaders) => Promise<Identity>> {
  const verifyUserToken = userTokenVerifier(
    config.identityProvider
      ? { kind: 'jwks', ...config.identityProvider }
      : {
          kind: 'local',
          publicKey: (await loadOrCreateKeyFile(config.keysDir, LOCAL_TOKEN_KEY_NAME)).publicKey,
        },
  );
  const resolveGrants = grantResolver({
    url: config.subgraphUrls['municipality']!,
    internalTokenKey,
    timeoutMs: config.subgraphTimeoutMs,
    // Local tokens are for development, where role claims are the point of `npm run token`.
    trustsRoleClaims: (subject) => !config.identityProvider || config.serviceSubjects.includes(subject),
  });
  const checkSignInLink = signInLinkChecker({
    url: config.subgraphUrls['interests']!,
    internalTokenKey,
    timeoutMs: config.subgraphTimeoutMs,
  });
  return async (headers) => {
    const token = bearerToken(headers);
    if (!token) return publicIdentity;
    if (isSignInLinkToken(token)) return checkSignInLink(token);
    return resolveGrants(await verifyUserToken(token));
  };
}
