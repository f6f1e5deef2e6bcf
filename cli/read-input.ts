/** Reads a file named on the command line; refusals are usage-level errors (exit 2) with a plain sentence. */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { VmcpError } from '../common/errors.js';
import type { SourceText } from '../compiler/index.js';
import { MAX_SOURCE_BYTES } from '../compiler/source.js';

export class InputError extends VmcpError<'VMCP_INPUT'> {
  constructor(message: string) {
    super('VMCP_INPUT', message);
  }
}

/** FILE as compiler input. Of a file too large to be a config only the start is read; the compiler refuses it by size. */
export function readInput(file: string): SourceText {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError(`${file} is a directory; give the path of a config file`);
    if (!st.isFile()) throw new InputError(`${file} is not a regular file`);
    size = st.size;
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(`cannot read ${file}: ${reason(e)}`);
  }
  try {
    const bytes = new Uint8Array(Math.min(size, MAX_SOURCE_BYTES + 1));
    const fd = openSync(file, 'r');
    try {
      let read = 0;
      while (read < bytes.length) {
        const n = readSync(fd, bytes, read, bytes.length - read, read);
        if (n === 0) break;
        read += n;
      }
      return { file, bytes: bytes.subarray(0, read), size };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${reason(e)}`);
  }
}

export function fileExists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  return (e as Error).message;
}
