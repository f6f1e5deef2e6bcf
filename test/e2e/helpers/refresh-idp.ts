/**
 * A real OpenID Provider (oidc-provider) for upstream-refresh tests: test/auth-server-flow/helpers/idp.ts
 * plus what refresh tests need from an upstream: refresh tokens on every login and rotated on every use
 * (so a second use of an old one is refused with invalid_grant), a count of the refresh grants it served,
 * and a switch that makes its token endpoint answer 503 (an outage).
 */
import { startIdp, type IdpOptions, type TestIdp } from '../../auth-server-flow/helpers/idp.js';

export interface RefreshIdp extends TestIdp {
  /** Refresh grants served so far (successful ones). */
  refreshes(): number;
  /** While true, the token endpoint answers 503. */
  setDown(down: boolean): void;
}

export type RefreshIdpOptions = Pick<IdpOptions, 'clientId' | 'clientSecret' | 'redirectUri' | 'authMethod'>;

export async function startRefreshIdp(o: RefreshIdpOptions): Promise<RefreshIdp> {
  let down = false;
  let refreshes = 0;
  const idp = await startIdp({
    ...o,
    // A refresh token without offline_access and consent, for every client: what these tests are about.
    configuration: { issueRefreshToken: () => true, rotateRefreshToken: () => true },
    answerFirst: (req, res) => {
      if (!down || !req.url?.startsWith('/token')) return false;
      res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"temporarily_unavailable"}');
      return true;
    },
    on: {
      'grant.success': (ctx) => {
        if ((ctx as { oidc?: { params?: { grant_type?: string } } }).oidc?.params?.grant_type === 'refresh_token') refreshes++;
      },
    },
  });
  return {
    ...idp,
    refreshes: () => refreshes,
    setDown(d) {
      down = d;
    },
  };
}
