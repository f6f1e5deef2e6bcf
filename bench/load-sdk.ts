/**
 * bench:gateway's SDK load generator, a child process: clients of the official MCP SDK, one session each,
 * each calling a tool in a loop. The same Client class for vmcp and for mcp-hub, over the one transport each
 * serves to clients: Streamable HTTP for vmcp, HTTP+SSE for mcp-hub.
 */
import { Client, SSEClientTransport, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { percentile, serveCommands } from './lib.js';

const groups = new Map<string, Client[]>();

serveCommands({
  /** `n` clients on `url`: the tools the first one lists and the protocol version it got. */
  async open(c) {
    const url = new URL(String(c.url));
    const clients = await Promise.all(
      Array.from({ length: Number(c.n) }, async () => {
        const client = new Client({ name: 'bench', version: '1' });
        await client.connect(c.transport === 'sse' ? new SSEClientTransport(url) : new StreamableHTTPClientTransport(url));
        return client;
      }),
    );
    groups.set(String(c.group), clients);
    const { tools } = await clients[0]!.listTools();
    return { tools: tools.map((t) => t.name), protocol: clients[0]!.getNegotiatedProtocolVersion() };
  },

  /** Every client of the group calls `tool` in a loop for `seconds`; each answer must carry `expect`. */
  async run(c) {
    const clients = groups.get(String(c.group))!;
    const latencies: number[] = [];
    const args = c.arguments as Record<string, unknown>;
    const started = performance.now();
    const end = started + Number(c.seconds) * 1000;
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < end) {
          const t = performance.now();
          const r = await client.callTool({ name: String(c.tool), arguments: args });
          const text = (r.content as { text?: string }[])[0]?.text ?? '';
          if (r.isError || !text.includes(String(c.expect))) throw new Error(`${String(c.tool)} answered ${JSON.stringify(r).slice(0, 200)}`);
          latencies.push(performance.now() - t);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    return { ok: latencies.length, seconds: (performance.now() - started) / 1000, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  },

  async close(c) {
    await Promise.all((groups.get(String(c.group)) ?? []).map((client) => client.close()));
    groups.delete(String(c.group));
  },
});
