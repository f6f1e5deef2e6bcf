/**
 * Where a Secret's value will be found by the vMCP pod: an env var or a mounted file, named only from the
 * Secret's name and key. The converter writes these names into the config, never a value.
 *
 * Scheme (stable; the pod spec must follow it):
 * - env var `VMCP_SECRET_<NAME>_<KEY>`: name and key upper-cased, every character other than A-Z and 0-9
 *   replaced by `_` (client secrets, header values);
 * - file `/etc/vmcp/secrets/<name>/<key>` (signing keys, HMAC secrets, CA certificates);
 * - Redis ACL credentials use ToolHive's fixed env vars, so a ToolHive pod template works unchanged.
 */
import type { SecretKeyRef } from '../../generated/k8s-mcpexternalauthconfig.js';

export const REDIS_USERNAME_ENV = 'TOOLHIVE_AUTH_SERVER_REDIS_USERNAME';
export const REDIS_PASSWORD_ENV = 'TOOLHIVE_AUTH_SERVER_REDIS_PASSWORD';
export const SECRET_MOUNT_ROOT = '/etc/vmcp/secrets';

export interface SecretUse {
  secret: string;
  key: string;
  env?: string;
  file?: string;
}

export class SecretRefConflictError extends Error {
  readonly code = 'VMCP_K8S_SECRET_REF_CONFLICT';
}

const upperSnake = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '_');

export const secretEnvName = (ref: SecretKeyRef): string => `VMCP_SECRET_${upperSnake(ref.name)}_${upperSnake(ref.key)}`;
export const secretFilePath = (ref: SecretKeyRef): string => `${SECRET_MOUNT_ROOT}/${ref.name}/${ref.key}`;

/**
 * Records every secret the config refers to. Two different secret keys may not share an env var name
 * (`a-b`/`c` and `a`/`b-c` both give `VMCP_SECRET_A_B_C`): one would silently get the other's value.
 */
export class SecretRefs {
  readonly uses: SecretUse[] = [];

  env(ref: SecretKeyRef, name = secretEnvName(ref)): string {
    const clash = this.uses.find((u) => u.env === name && (u.secret !== ref.name || u.key !== ref.key));
    if (clash) {
      throw new SecretRefConflictError(
        `secret keys ${clash.secret}/${clash.key} and ${ref.name}/${ref.key} would both be passed in env var ${name}; rename one Secret or key`,
      );
    }
    if (!this.uses.some((u) => u.env === name)) this.uses.push({ secret: ref.name, key: ref.key, env: name });
    return name;
  }

  file(ref: SecretKeyRef): string {
    const path = secretFilePath(ref);
    if (!this.uses.some((u) => u.file === path)) this.uses.push({ secret: ref.name, key: ref.key, file: path });
    return path;
  }
}
