/**
 * What the HMAC secrets (`hmac_secret_files`) are for: storage keys of bearer secrets (codes, refresh
 * tokens, states, consent ids, browser ids) are keyed hashes, and records that hold other parties'
 * credentials (upstream tokens, a rotated refresh pair) are sealed with AES-256-GCM. A storage dump or key
 * listing then yields nothing usable without the secret. node:crypto does the primitives; this module
 * only derives per-purpose keys (HKDF, RFC 5869) and fixes the sealed format.
 *
 * Rotation follows the file list: the first secret writes, every secret reads. A sealed value names the
 * key that sealed it; a digest lookup tries each key's digest in turn.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { SecretRef } from '../../../generated/plan.js';
import type { DeepReadonly } from '../../../common/freeze.js';
import type { SecretValues } from '../../contract.js';
import { describeRef } from '../../secrets.js';
import { KeyLoadError, StorageError } from '../errors.js';

/** ToolHive's minimum, and what HMAC-SHA256 and AES-256 need to carry their full strength. */
export const MIN_HMAC_SECRET_BYTES = 32;

const SEALED_PREFIX = 'v1.';

export interface StorageKeyring {
  /** True when no secret was configured and a random one lives only as long as this process. */
  readonly ephemeral: boolean;
  /** The keyed digest a record is written under (current key). */
  digest(secret: string): string;
  /** The digests a record may be found under, current key first (one per configured secret). */
  digests(secret: string): string[];
  /** AES-256-GCM with the current key; `context` (e.g. the record's key) must be given again to open it. */
  seal(plaintext: string, context: string): string;
  /** Throws StorageError AS_STORAGE_CORRUPT when the value was not sealed by one of our keys for this context. */
  open(sealed: string, context: string): string;
}

interface DerivedKey {
  id: string;
  mac: Buffer;
  aead: Buffer;
}

/**
 * The plan's HMAC secrets; without any, one random secret for this process and a warning (as for
 * signing keys): codes and refresh tokens then die with the process and replicas cannot share storage.
 */
export function loadKeyring(refs: DeepReadonly<SecretRef[]>, opts: { secrets: SecretValues; warn?: (message: string) => void }): StorageKeyring {
  if (refs.length === 0) {
    opts.warn?.(
      'authServer has no hmac_secret_files: using an ephemeral secret; authorization codes, refresh tokens and stored upstream tokens stop working on restart, and replicas sharing Redis cannot read each other\'s records',
    );
    return ephemeralKeyring();
  }
  return keyringFrom(
    refs.map((ref) => {
      const bytes = opts.secrets.bytes(ref);
      if (bytes.length < MIN_HMAC_SECRET_BYTES) {
        throw new KeyLoadError(`${describeRef(ref)} holds ${bytes.length} bytes; an HMAC secret needs at least ${MIN_HMAC_SECRET_BYTES} (e.g. openssl rand -base64 48)`);
      }
      return bytes;
    }),
    false,
  );
}

/** A random secret for one process: tests, and plans without hmac_secret_files (after the warning). */
export const ephemeralKeyring = (): StorageKeyring => keyringFrom([randomBytes(MIN_HMAC_SECRET_BYTES)], true);

export function keyringFrom(secrets: readonly Buffer[], ephemeral: boolean): StorageKeyring {
  const keys = secrets.map(derive);
  const current = keys[0]!;
  const digestWith = (k: DerivedKey, secret: string) => createHmac('sha256', k.mac).update(secret).digest('base64url');
  return {
    ephemeral,
    digest: (secret) => digestWith(current, secret),
    digests: (secret) => keys.map((k) => digestWith(k, secret)),
    seal(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.aead, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${SEALED_PREFIX}${current.id}.${iv.toString('base64url')}.${body.toString('base64url')}`;
    },
    open(sealed, context) {
      const [, id, iv, body] = sealed.startsWith(SEALED_PREFIX) ? sealed.split('.') : [];
      const key = keys.find((k) => k.id === id);
      if (key === undefined || iv === undefined || body === undefined) throw corrupt('sealed with a key this server does not have');
      const bytes = Buffer.from(body, 'base64url');
      if (bytes.length < 16) throw corrupt('truncated');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key.aead, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(bytes.subarray(bytes.length - 16));
        return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8');
      } catch {
        throw corrupt('does not authenticate');
      }
    },
  };
}

/** Separate keys per purpose, so a digest never doubles as an encryption key. The id names the secret without revealing it. */
function derive(secret: Buffer): DerivedKey {
  const key = (info: string) => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), info, 32));
  const mac = key('vmcp storage digest v1');
  return { id: createHash('sha256').update(key('vmcp storage key id v1')).digest('base64url').slice(0, 8), mac, aead: key('vmcp storage seal v1') };
}

const corrupt = (why: string) => new StorageError('AS_STORAGE_CORRUPT', `a sealed storage record ${why}`);
