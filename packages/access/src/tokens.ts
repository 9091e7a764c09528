import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import {
  claimsForLocalToken,
  identityFromInternalClaims,
  internalClaimsFromIdentity,
  publicIdentity,
  tokenSubjectFromClaims,
  type Identity,
  type LocalTokenRequest,
  type TokenSubject,
} from './identity.ts';
import { signingAlgorithm } from './keys.ts';

/** A request's credentials were given but are not good: answered with 401, never as the public. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

export const LOCAL_TOKEN_ISSUER = 'registers-local';
export const LOCAL_TOKEN_AUDIENCE = 'registers';
export const INTERNAL_TOKEN_ISSUER = 'registers-gateway';
/**
 * Internal tokens live a minute: the gateway uses one for the same identity and subgraph for at
 * most half of it (`internalTokenSigner`), so every token sent has 30 s left for retries and
 * clock skew.
 */
const internalTokenLifetime = '60s';
const internalTokenReuseMs = 30_000;

export type UserTokenSource =
  { kind: 'jwks'; url: string; issuer: string; audience: string } | { kind: 'local'; publicKey: CryptoKey };

/**
 * Verifies users' bearer tokens, against an identity provider's JWKS or the local key, and says
 * who they are; what they may do is for the register to say (see the gateway's grant lookup).
 */
export function userTokenVerifier(source: UserTokenSource): (token: string) => Promise<TokenSubject> {
  const key: CryptoKey | JWTVerifyGetKey =
    source.kind === 'jwks' ? createRemoteJWKSet(new URL(source.url)) : source.publicKey;
  const expected =
    source.kind === 'jwks'
      ? { issuer: source.issuer, audience: source.audience }
      : { issuer: LOCAL_TOKEN_ISSUER, audience: LOCAL_TOKEN_AUDIENCE, algorithms: [signingAlgorithm] };
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key as CryptoKey, {
        ...expected,
        requiredClaims: ['sub', 'exp'],
      });
      return tokenSubjectFromClaims(payload);
    } catch (error) {
      throw new AuthenticationError(describeTokenError(error));
    }
  };
}

/** Signs a token for local use (`npm run token`), valid for `lifetime` (e.g. "8h"). */
export function signLocalToken(
  request: LocalTokenRequest,
  privateKey: CryptoKey,
  lifetime = '8h',
): Promise<string> {
  return new SignJWT(claimsForLocalToken(request))
    .setProtectedHeader({ alg: signingAlgorithm })
    .setSubject(request.subject)
    .setIssuer(LOCAL_TOKEN_ISSUER)
    .setAudience(LOCAL_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(privateKey);
}

/** The gateway's statement of who is asking, for one subgraph (its name is the audience). */
export function signInternalToken(
  identity: Identity,
  subgraph: string,
  privateKey: CryptoKey,
): Promise<string> {
  const token = new SignJWT({ ...internalClaimsFromIdentity(identity), public: identity.subject === null })
    .setProtectedHeader({ alg: signingAlgorithm })
    .setIssuer(INTERNAL_TOKEN_ISSUER)
    .setAudience(subgraph)
    .setIssuedAt()
    .setExpirationTime(internalTokenLifetime);
  if (identity.subject !== null) token.setSubject(identity.subject);
  return token.sign(privateKey);
}

/**
 * Signs internal tokens as `signInternalToken` does, and reuses one for the same subgraph and
 * the very same claims (subject, roles, grants, the public) for 30 s: signing each call's token
 * cost the gateway a tenth of its CPU for a frontend's small operations, most of which are the
 * public's. A token is never reused for other claims, so a changed grant takes effect on the
 * next request as before. At most `maxHeld` tokens are kept; the oldest goes first.
 */
export function internalTokenSigner(
  privateKey: CryptoKey,
  { maxHeld = 1_000, now = () => Date.now() }: { maxHeld?: number; now?: () => number } = {},
): (identity: Identity, subgraph: string) => Promise<string> {
  const held = new Map<string, { token: Promise<string>; signedAt: number }>();
  return (identity, subgraph) => {
    const key = JSON.stringify([subgraph, identity.subject, internalClaimsFromIdentity(identity)]);
    const kept = held.get(key);
    if (kept && now() - kept.signedAt < internalTokenReuseMs) return kept.token;
    held.delete(key);
    if (held.size >= maxHeld) held.delete(held.keys().next().value!);
    const entry = { token: signInternalToken(identity, subgraph, privateKey), signedAt: now() };
    held.set(key, entry);
    entry.token.catch(() => held.get(key) === entry && held.delete(key));
    return entry.token;
  };
}

/**
 * Verifies, in a subgraph, that a request came through the gateway, and who is asking. The
 * gateway reuses a token for 30 s (`internalTokenSigner`): the identity of a token verified
 * once is kept, by the token's exact text, until the token expires (checked on every use), so
 * that a reused token is not verified again on every call (two signature checks a pull, about
 * 0.3 ms of CPU each here). Only the very text that was verified finds it: another token,
 * or one changed by a character, is verified from scratch. At most `maxHeld` are kept; the
 * oldest goes first. The identity handed out is frozen, being shared by those calls.
 */
export function internalTokenVerifier(
  subgraph: string,
  publicKey: CryptoKey,
  { maxHeld = 1_000, now = () => Date.now() }: { maxHeld?: number; now?: () => number } = {},
): (token: string) => Promise<Identity> {
  const verified = new Map<string, { identity: Identity; expiresAt: number }>();
  return async (token) => {
    const kept = verified.get(token);
    if (kept && now() < kept.expiresAt) return kept.identity;
    verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, publicKey, {
        issuer: INTERNAL_TOKEN_ISSUER,
        audience: subgraph,
        algorithms: [signingAlgorithm],
        requiredClaims: ['exp'],
        currentDate: new Date(now()),
      });
      const identity =
        payload['public'] === true ? publicIdentity : frozen(identityFromInternalClaims(payload));
      if (verified.size >= maxHeld) verified.delete(verified.keys().next().value!);
      verified.set(token, { identity, expiresAt: payload.exp! * 1000 });
      return identity;
    } catch (error) {
      throw new AuthenticationError(describeTokenError(error));
    }
  };
}

/** An identity that cannot be changed, nor its lists. */
function frozen(identity: Identity): Identity {
  for (const value of Object.values(identity)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(identity);
}

function describeTokenError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is not valid.';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The token's ${error.claim} claim is not accepted.`;
  if (error instanceof errors.JOSEError) return `The token is not valid (${error.code}).`;
  if (error instanceof Error && error.name === 'ZodError')
    return 'The token does not carry a valid identity.';
  return 'The token is not valid.';
}
