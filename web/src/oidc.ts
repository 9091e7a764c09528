import * as oauth from 'oauth4webapi';
import { signIn } from './session.ts';

/** The identity provider as the gateway describes it (`GET /auth/config.json`, gateway/src/sign-in/route.ts). */
export interface IdentityProvider {
  issuer: string;
  clientId: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  scope: string;
  token: 'id_token' | 'access_token';
  resource?: string;
}

/** The provider the gateway trusts, or null when it has none for the web (no `AUTH_CLIENT_ID`). */
export async function fetchIdentityProvider(): Promise<IdentityProvider | null> {
  const response = await fetch('/auth/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`/auth/config.json: ${response.status}`);
  const { identityProvider } = (await response.json()) as {
    identityProvider: Partial<IdentityProvider> | null;
  };
  // A provider without the web's client (no AUTH_CLIENT_ID) signs in elsewhere, not here.
  return identityProvider?.clientId ? (identityProvider as IdentityProvider) : null;
}

/** Where the provider sends the browser back with the code: the app's own callback page. */
export const callbackPath = '/logg-inn/oidc';
const redirectUri = () => new URL(callbackPath, window.location.origin).href;

/** What the callback needs from the start of the flow, for this tab only. */
const pendingKey = 'registertjenester.oidc';
interface Pending {
  provider: IdentityProvider;
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

const serverOf = (provider: IdentityProvider): oauth.AuthorizationServer => ({
  issuer: provider.issuer,
  authorization_endpoint: provider.authorizationEndpoint,
  token_endpoint: provider.tokenEndpoint,
});

/** Plain HTTP to the provider only on this machine (a developer's or a test's provider), never elsewhere. */
const onLoopback = (url: string) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);

/**
 * Starts the authorization code flow with PKCE (RFC 7636): a fresh verifier, state and nonce are
 * kept in sessionStorage, and the browser goes to the provider's login.
 */
export async function startSignIn(provider: IdentityProvider, returnTo: string) {
  const pending: Pending = {
    provider,
    codeVerifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    returnTo,
  };
  const url = new URL(provider.authorizationEndpoint);
  url.search = new URLSearchParams({
    client_id: provider.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: provider.scope,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
    ...(provider.resource && { resource: provider.resource }),
  }).toString();
  window.sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  window.location.assign(url.href);
}

/**
 * The callback: checks the state, exchanges the code (with the verifier) for tokens, checks the
 * ID token's issuer, audience, expiry and nonce, and signs in with the token the gateway
 * verifies. The gateway checks its signature against the provider's keys on every request.
 * Returns where to go next.
 */
export async function completeSignIn(callback: URL): Promise<string> {
  const stored = window.sessionStorage.getItem(pendingKey);
  window.sessionStorage.removeItem(pendingKey);
  if (!stored) throw new Error('No sign-in was started in this tab.');
  const pending = JSON.parse(stored) as Pending;
  const server = serverOf(pending.provider);
  const client: oauth.Client = { client_id: pending.provider.clientId };
  const params = oauth.validateAuthResponse(server, client, callback, pending.state);
  const insecure = onLoopback(pending.provider.tokenEndpoint);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    params,
    redirectUri(),
    pending.codeVerifier,
    {
      [oauth.allowInsecureRequests]: insecure,
      ...(pending.provider.resource && {
        additionalParameters: { resource: pending.provider.resource },
      }),
    },
  );
  const tokens = await oauth.processAuthorizationCodeResponse(server, client, response, {
    expectedNonce: pending.nonce,
    requireIdToken: true,
  });
  const token = pending.provider.token === 'id_token' ? tokens.id_token : tokens.access_token;
  if (!token) throw new Error(`The provider gave no ${pending.provider.token}.`);
  signIn(token);
  return pending.returnTo;
}
