/**
 * An MCP backend built with the official SDK (test/fixtures/mcp-backend.ts) whose one tool checks the
 * bearer token vmcp sent: it asks the upstream IdP's userinfo endpoint who the token belongs to, so the
 * answer names the upstream user only when vmcp injected a live token of that upstream. Every
 * Authorization header it received is kept for the test to inspect (not to print).
 */
import { startFixtureBackend, type FixtureBackend } from '../../fixtures/mcp-backend.js';

export interface TokenCheckingBackend {
  url: string;
  /** The bearer tokens of every request (initialize, lists and calls), in order. */
  tokens(): string[];
  close(): Promise<void>;
}

export async function startTokenCheckingBackend(tool: string, userinfoUrl: string): Promise<TokenCheckingBackend> {
  const backend: FixtureBackend = await startFixtureBackend({
    name: tool,
    tools: [
      {
        name: tool,
        description: 'says which upstream user the injected token belongs to',
        run: async (_args, headers) => {
          const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1] ?? '';
          const me = await fetch(userinfoUrl, { headers: { authorization: `Bearer ${token}` } });
          if (me.status !== 200) return { isError: true, content: [{ type: 'text', text: `the upstream does not accept this token (HTTP ${me.status})` }] };
          const { sub } = (await me.json()) as { sub: string };
          return { content: [{ type: 'text', text: `upstream user: ${sub}` }] };
        },
      },
    ],
  });
  return {
    url: backend.url,
    tokens: () => backend.seenHeaders.map((h) => /^Bearer (.+)$/.exec(h.authorization ?? '')?.[1] ?? ''),
    close: () => backend.close(),
  };
}
