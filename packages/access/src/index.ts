export {
  roles,
  systemRole,
  publicIdentity,
  systemIdentity,
  mergeIdentities,
  tokenSubjectFromClaims,
  userTokenClaims,
  type Identity,
  type LocalTokenRequest,
  type Role,
  type TokenSubject,
} from './identity.ts';
export {
  accessPolicy,
  authorize,
  ForbiddenError,
  unpublishedDeclarationsReadable,
  type Action,
  type CompanyScope,
  type PersonScope,
} from './access-policy.ts';
export {
  AuthenticationError,
  userTokenVerifier,
  signLocalToken,
  signInternalToken,
  internalTokenSigner,
  internalTokenVerifier,
  type UserTokenSource,
} from './tokens.ts';
export { loadOrCreateKeyFile, importKey, generateKeys, publicJwk, type KeyPair } from './keys.ts';
export type { CryptoKey, JWK } from 'jose';
export { bearerToken } from './bearer.ts';
export {
  SIGN_IN_LINK_PREFIX,
  SIGN_IN_LINK_MONTHS,
  newSignInLinkToken,
  isSignInLinkToken,
  signInLinkTokenHash,
  signInLinkIdentity,
} from './sign-in-links.ts';
export { callSubgraph, InternalCallError, type InternalTarget } from './internal-call.ts';
