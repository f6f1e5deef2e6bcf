import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** PEM key files in a temp dir, in the encodings operators hand us (SEC1, PKCS#1, PKCS#8, SPKI). */
export function writeKeyFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'vmcp-keys-'));
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: { type: 'sec1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const ed = generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const weakRsa = generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const k256 = generateKeyPairSync('ec', { namedCurve: 'secp256k1', privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const files = {
    ec: ec.privateKey,
    rsa: rsa.privateKey,
    ed: ed.privateKey,
    edPublic: ed.publicKey,
    weakRsa: weakRsa.privateKey,
    k256: k256.privateKey,
    garbage: 'this is not a key\n',
  };
  for (const [name, pem] of Object.entries(files)) writeFileSync(join(dir, `${name}.pem`), pem);
  // An HMAC secret as operators make one (random bytes, not text): hmac_secret_files.
  const hmacSecret = randomBytes(48);
  writeFileSync(join(dir, 'hmac.key'), hmacSecret);
  return {
    dir,
    hmacSecret,
    hmacPath: join(dir, 'hmac.key'),
    path: (name: keyof typeof files) => join(dir, `${name}.pem`),
    pem: files,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
