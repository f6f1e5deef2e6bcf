/**
 * A real OIDC issuer on loopback for tests: node:http serving discovery and a JWKS of jose-generated keys,
 * and signing tokens with them. It can be told to fail (to test discovery failure and recovery) and to
 * rotate its key (to test the refetch on an unknown kid).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK, type JWTPayload } from 'jose';

export interface TestIssuer {
  /** Where it listens: http://127.0.0.1:PORT */
  url: string;
  /** The `iss` it signs and advertises. */
  issuer: string;
  jwksUrl: string;
  /** Requests served, by path. */
  hits: Record<string, number>;
  sign(claims?: JWTPayload, opts?: { expiresIn?: string | number; notBefore?: string | number; kid?: string; typ?: string | null }): Promise<string>;
  /** New signing key; the old one leaves the JWKS. */
  rotate(): Promise<void>;
  /** While set, every request answers 503. */
  failing: boolean;
  close(): Promise<void>;
}

interface Key {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function newKey(kid: string, alg: string): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

export async function startTestIssuer(opts: { issuer?: string; alg?: string } = {}): Promise<TestIssuer> {
  const alg = opts.alg ?? 'RS256';
  let key = await newKey('key-1', alg);
  let generation = 1;
  const hits: Record<string, number> = {};
  const state = { failing: false };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '';
    hits[path] = (hits[path] ?? 0) + 1;
    if (state.failing) {
      res.writeHead(503).end();
      return;
    }
    const send = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (path === '/.well-known/openid-configuration') return send({ issuer: issuer.issuer, jwks_uri: issuer.jwksUrl, response_types_supported: ['code'] });
    if (path === '/jwks') return send({ keys: [key.publicJwk] });
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer: TestIssuer = {
    url,
    issuer: opts.issuer ?? url,
    jwksUrl: `${url}/jwks`,
    hits,
    get failing() {
      return state.failing;
    },
    set failing(v: boolean) {
      state.failing = v;
    },
    async sign(claims = {}, o = {}) {
      let jwt = new SignJWT({ sub: 'alice', aud: 'vmcp', iss: issuer.issuer, ...claims })
        .setProtectedHeader({ alg, kid: o.kid ?? key.kid, ...(o.typ === null ? {} : { typ: o.typ ?? 'JWT' }) })
        .setIssuedAt()
        .setExpirationTime(o.expiresIn ?? '5m');
      if (o.notBefore !== undefined) jwt = jwt.setNotBefore(o.notBefore);
      return jwt.sign(key.privateKey);
    },
    async rotate() {
      key = await newKey(`key-${++generation}`, alg);
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  return issuer;
}
