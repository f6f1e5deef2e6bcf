import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createClientResolver, type ClientResolver, type ClientResolverOptions } from '../../../runtime/auth-server/client-id-metadata/resolver.js';
import { MemoryStorage } from '../../../runtime/auth-server/storage/memory.js';
import { DocServer, SCOPES } from './doc-server.js';

/**
 * What both resolver suites stand on: a DocServer for client documents, one MemoryStorage, and a fresh
 * resolver (http on loopback allowed, `base` laid over that) before each test. Registers its own hooks,
 * so call it once at the top level of a test file.
 */
export function resolverSuite(base: Partial<ClientResolverOptions> = {}) {
  const server = new DocServer();
  const storage = new MemoryStorage();
  let current: ClientResolver;
  /** Every resolver a test made: each holds a connection pool to close. */
  const made: ClientResolver[] = [];
  /** Makes the resolver `resolver()` returns from here on, with `over` laid over the defaults. */
  const make = (over: Partial<ClientResolverOptions> = {}): ClientResolver => {
    current = createClientResolver({ storage, scopesSupported: SCOPES, allowHttpLoopback: true, ...base, ...over });
    made.push(current);
    return current;
  };

  beforeAll(() => server.listen());
  afterAll(async () => {
    await server.close();
    await storage.close();
  });
  beforeEach(() => {
    server.reset();
    make();
  });
  afterEach(async () => {
    await Promise.all(made.splice(0).map((r) => r.close()));
  });
  return { server, storage, make, resolver: () => current };
}
