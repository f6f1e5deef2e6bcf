/** vmcp ends the backend sessions it no longer needs with DELETE, as MCP asks of a client, instead of leaving them to time out. */
import { describe, expect, it } from 'vitest';
import { startFixtureBackend } from '../fixtures/mcp-backend.js';
import { backendsYaml, compileYaml, connectClient, PREFIX_AGGREGATION, startGateway, UNAUTHENTICATED } from './harness.js';

describe('backend sessions', () => {
  it('are ended with DELETE when vmcp closes', async () => {
    const backend = await startFixtureBackend({ name: 'a', tools: [{ name: 'echo' }] });
    try {
      const gateway = await startGateway(compileYaml(backendsYaml([{ name: 'a', url: backend.url }], UNAUTHENTICATED + PREFIX_AGGREGATION)));
      const client = await connectClient(gateway.url);
      await client.callTool({ name: 'a_echo', arguments: {} });
      expect(backend.openSessions()).toBe(1);
      await client.close();
      await gateway.close();
      expect(backend.openSessions()).toBe(0);
      expect(backend.seenHeaders.at(-1)!['mcp-session-id']).toEqual(expect.any(String));
    } finally {
      await backend.close();
    }
  });
});
