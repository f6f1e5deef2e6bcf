/** A 2025-era MCP session opened with plain fetch, for tests that need to see the wire (status, stream end). */
import { expect } from 'vitest';

const JSON_AND_SSE = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

/** Initializes a session; answers the headers every later request of the session carries. */
export async function openSession(url: string): Promise<Record<string, string>> {
  const init = await fetch(url, {
    method: 'POST',
    headers: JSON_AND_SSE,
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    }),
  });
  await init.text();
  const session = { 'mcp-session-id': init.headers.get('mcp-session-id') ?? '', 'mcp-protocol-version': '2025-11-25' };
  const initialized = await fetch(url, { method: 'POST', headers: { ...JSON_AND_SSE, ...session }, body: '{"jsonrpc":"2.0","method":"notifications/initialized"}' });
  await initialized.text();
  expect(initialized.status).toBe(202);
  return session;
}

/** Opens the session's GET stream; `end` tells whether it ended with a proper end of stream or was cut. */
export async function openGetStream(url: string, session: Record<string, string>): Promise<{ end: Promise<'ended' | 'cut'> }> {
  const get = await fetch(url, { headers: { accept: 'text/event-stream', ...session } });
  expect([get.status, get.headers.get('content-type')]).toEqual([200, 'text/event-stream']);
  const reader = get.body!.getReader();
  const end = (async () => {
    try {
      while (!(await reader.read()).done);
      return 'ended' as const;
    } catch {
      return 'cut' as const;
    }
  })();
  return { end };
}
