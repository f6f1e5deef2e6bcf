/**
 * What a backend sends while it handles a client's call reaches that client, and only that client: log
 * messages (at the client's own log level, on the direct path and the SDK path alike) and requests for
 * sampling or elicitation (only to a client that declared the capability). Real SDK clients through vmcp
 * to the SDK-built conformance backend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { startConformanceBackend } from '../fixtures/conformance-backend.js';
import { backendsYaml, compileYaml, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

const AGGREGATION = `aggregation:\n  conflictResolution: priority\n  conflictResolutionConfig:\n    priorityOrder: [b]\n`;
type Capabilities = ConstructorParameters<typeof Client>[1] extends infer O ? (O extends { capabilities?: infer C } ? C : never) : never;

describe('relaying a backend to the calling client', () => {
  let backend: { url: string; close(): Promise<void> };
  let gateway: Gateway;
  const clients: Client[] = [];
  beforeAll(async () => {
    backend = await startConformanceBackend();
    gateway = await startGateway(compileYaml(backendsYaml([{ name: 'b', url: backend.url }], UNAUTHENTICATED + AGGREGATION)));
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await gateway?.close();
    await backend?.close();
  });

  async function connect(capabilities: Capabilities = {}): Promise<{ client: Client; logs: unknown[] }> {
    const client = new Client({ name: 'relay-test', version: '1.0.0' }, { capabilities });
    const logs: unknown[] = [];
    client.setNotificationHandler('notifications/message', (n) => void logs.push(n.params.data));
    await client.connect(new StreamableHTTPClientTransport(new URL(gateway.url)));
    clients.push(client);
    return { client, logs };
  }
  const textOf = (r: { content?: unknown }) => (r.content as { text: string }[])[0]!.text;
  const STEPS = ['Tool execution started', 'Tool processing data', 'Tool execution completed'];

  it('relays log messages to the caller on the direct path, and not to another client', async () => {
    const caller = await connect();
    const bystander = await connect();
    expect(caller.client.getServerCapabilities()?.logging).toEqual({});
    expect(textOf(await caller.client.callTool({ name: 'test_tool_with_logging', arguments: {} }))).toBe('done');
    expect(caller.logs).toEqual(STEPS);
    expect(bystander.logs).toEqual([]);
  });

  it('applies the session log level set with logging/setLevel', async () => {
    const quiet = await connect();
    await quiet.client.setLoggingLevel('warning');
    await quiet.client.callTool({ name: 'test_tool_with_logging', arguments: {} });
    expect(quiet.logs).toEqual([]);
    const loud = await connect({ sampling: {} }); // a client with capabilities takes the SDK path
    await loud.client.setLoggingLevel('info');
    await loud.client.callTool({ name: 'test_tool_with_logging', arguments: {} });
    expect(loud.logs).toEqual(STEPS);
  });

  it('asks the calling client to sample and hands its answer to the backend', async () => {
    const { client } = await connect({ sampling: {} });
    const asked: unknown[] = [];
    client.setRequestHandler('sampling/createMessage', (req) => {
      asked.push(req.params.messages);
      return { role: 'assistant', content: { type: 'text', text: 'from the client' }, model: 'test-model' };
    });
    const r = await client.callTool({ name: 'test_sampling', arguments: { prompt: 'hello' } });
    expect(asked).toEqual([[{ role: 'user', content: { type: 'text', text: 'hello' } }]]);
    expect(textOf(r)).toBe('LLM response: {"type":"text","text":"from the client"}');
  });

  it('asks the calling client for input, and refuses the backend for a client that cannot answer', async () => {
    const { client } = await connect({ elicitation: { form: {} } });
    client.setRequestHandler('elicitation/create', () => ({ action: 'accept', content: { username: 'ada', email: 'ada@example.com' } }));
    const r = await client.callTool({ name: 'test_elicitation', arguments: { message: 'who?' } });
    expect(textOf(r)).toBe('User response: {"action":"accept","content":{"username":"ada","email":"ada@example.com"}}');
    // The other client declared sampling, not elicitation: it is not asked, and the backend's tool fails.
    const other = await connect({ sampling: {} });
    let asked = false;
    other.client.setRequestHandler('sampling/createMessage', () => {
      asked = true;
      return { role: 'assistant', content: { type: 'text', text: 'x' }, model: 'm' };
    });
    const refused = await other.client.callTool({ name: 'test_elicitation', arguments: { message: 'who?' } });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toContain('does not support elicitation/create');
    expect(asked).toBe(false);
  });
});
