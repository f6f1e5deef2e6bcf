// Demo backend "profile": its `whoami` tool says who the caller is at the upstream IdP, judged only by the
// bearer token vmcp sent it (upstream_inject). The demo IdP's access tokens are opaque, so the backend asks
// the IdP's userinfo endpoint, as a resource server would; the token itself is never shown.
import { schema, serveDemo, text } from '../demo-backends/serve.mjs';

const failure = (message) => ({ content: [{ type: 'text', text: message }], isError: true });

export function startProfile(port, userinfoEndpoint) {
  return serveDemo('profile', port, (server) => {
    server.registerTool(
      'whoami',
      { description: 'Who the upstream IdP says you are, from the token vmcp sent this backend', inputSchema: schema(), annotations: { readOnlyHint: true } },
      async (_args, ctx) => {
        const authorization = ctx.http?.req?.headers.get('authorization');
        if (!authorization?.startsWith('Bearer ')) return failure('this backend received no bearer token');
        const res = await fetch(userinfoEndpoint, { headers: { authorization } });
        if (!res.ok) return failure(`the IdP's userinfo endpoint refused the token this backend received (HTTP ${res.status})`);
        const claims = await res.json();
        const lines = [
          `You are "${claims.name ?? claims.sub}" at the demo IdP (${new URL(userinfoEndpoint).origin}).`,
          `Claims the IdP returned for the upstream access token this backend received from vmcp:`,
          ...Object.entries(claims).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`),
          `(The token is opaque, ${authorization.length - 7} characters; it is not shown.)`,
        ];
        return text(lines.join('\n'));
      },
    );
  });
}
