// Signing in with OAuth2 authorization code and PKCE, as a public client. The access token
// lives in this module's memory only: never in localStorage or a cookie, gone with the
// page or on signing out. Session storage holds the PKCE verifier and state of a sign-in
// under way, for the redirect back, and nothing else.

const PENDING = 'studio.signIn';

let config = null;
let accessToken = null;
let expiresAt = 0;

export function configure(studioConfig) {
  config = studioConfig;
}

export function token() {
  return (accessToken && Date.now() < expiresAt) ? accessToken : null;
}

export function forget() {
  accessToken = null;
  expiresAt = 0;
}

function redirectUri() {
  return `${location.origin}/studio/`;
}

function randomText(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes) {
  let text = '';
  new Uint8Array(bytes).forEach((byte) => { text += String.fromCharCode(byte); });
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Sends the browser to the identity provider; it comes back to /studio/ with a code. */
export async function signIn(returnTo, language) {
  const verifier = randomText(32);
  const state = randomText(16);
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL(config.authorizationUri, location.origin);
  const parameters = {
    response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri(),
    code_challenge: challenge, code_challenge_method: 'S256', state, ui_locales: language,
    ...(config.scope ? { scope: config.scope } : {}), ...config.authorizationParameters,
  };
  Object.entries(parameters).forEach(([name, value]) => url.searchParams.set(name, value));
  location.assign(url.toString());
}

/**
 * Completes a sign-in when the page is the provider's redirect back: exchanges the code
 * for a token and answers the route the editor was on; null when the page is no redirect.
 * @throws Error with the provider's reason when the sign-in failed
 */
export async function completeSignIn() {
  const query = new URLSearchParams(location.search);
  if (!query.has('code') && !query.has('error')) {
    return null;
  }
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', `/studio/${pending?.returnTo || '#/'}`);
  if (query.has('error')) {
    throw new Error(query.get('error_description') || query.get('error'));
  }
  if (!pending || pending.state !== query.get('state')) {
    throw new Error('state mismatch');
  }
  const response = await fetch(new URL(config.tokenUri, location.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: query.get('code'), redirect_uri: redirectUri(),
      client_id: config.clientId, code_verifier: pending.verifier,
    }),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok || !answer.access_token) {
    throw new Error(answer.error_description || answer.error || `HTTP ${response.status}`);
  }
  accessToken = answer.access_token;
  expiresAt = Date.now() + ((answer.expires_in || 300) - 10) * 1000;
  return pending.returnTo || '#/';
}

/** Forgets the token and ends the provider's session when it has a sign-out address. */
export function signOut() {
  forget();
  if (!config.signOutUri) {
    location.assign('/studio/');
    return;
  }
  const url = new URL(config.signOutUri, location.origin);
  url.searchParams.set('post_logout_redirect_uri', redirectUri());
  url.searchParams.set('client_id', config.clientId);
  location.assign(url.toString());
}
