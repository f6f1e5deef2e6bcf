/**
 * An MCP host's OAuth state for the official SDK client (its OAuthClientProvider): registered client,
 * tokens, PKCE verifier and discovery state, kept in memory. Sending the user to the authorization URL is
 * left to the test, which plays the browser. Tokens stay in here; tests compare them, never print them.
 */
import type { OAuthClientProvider } from '@modelcontextprotocol/client';

type Tokens = Parameters<OAuthClientProvider['saveTokens']>[0];
type Info = Parameters<NonNullable<OAuthClientProvider['saveClientInformation']>>[0];
type Discovery = Parameters<NonNullable<OAuthClientProvider['saveDiscoveryState']>>[0];

export class ScriptedHost implements OAuthClientProvider {
  /** Where the SDK asked to send the user, once it has. */
  authorizationUrl: URL | null = null;
  /** Every token set the SDK saved, oldest first (login, then each refresh). */
  readonly savedTokens: Tokens[] = [];
  private info: Info | undefined;
  private verifier = '';
  private discovery: Discovery | undefined;

  constructor(readonly redirectUrl: string) {}

  get clientMetadata() {
    return { client_name: 'vmcp e2e host', redirect_uris: [this.redirectUrl], grant_types: ['authorization_code', 'refresh_token'], token_endpoint_auth_method: 'none' };
  }

  clientInformation = () => this.info;
  saveClientInformation = (i: Info) => void (this.info = i);
  tokens = () => this.savedTokens.at(-1);
  saveTokens = (t: Tokens) => void this.savedTokens.push(t);
  redirectToAuthorization = (url: URL) => void (this.authorizationUrl = url);
  saveCodeVerifier = (v: string) => void (this.verifier = v);
  codeVerifier = () => this.verifier;
  // Lets the SDK check that the code is redeemed at the authorization server that issued it (SEP-2352).
  saveDiscoveryState = (d: Discovery) => void (this.discovery = d);
  discoveryState = () => this.discovery;

  /** The registered client id, once dynamic registration has run. */
  clientId(): string | undefined {
    return this.info?.client_id;
  }

  /** Replaces the current access token, as time does when the host holds on to it past its expiry. */
  replaceAccessToken(accessToken: string): void {
    const current = this.tokens();
    if (current === undefined) throw new Error('no tokens to replace');
    this.savedTokens.push({ ...current, access_token: accessToken });
  }
}
