/**
 * Whether a stdio backend's program can be started on this machine, as spawn (without a shell) would find
 * it: a name with a slash is a path (relative to the backend's cwd), a bare name is looked up on PATH.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

export function programProblem(command: string, cwd: string | null, path = process.env.PATH ?? ''): string | null {
  if (command.includes('/')) {
    const file = isAbsolute(command) ? command : resolve(cwd ?? process.cwd(), command);
    return executable(file) ? null : `program ${JSON.stringify(command)} does not exist or is not executable`;
  }
  const dirs = path.split(delimiter).filter((d) => d !== '');
  return dirs.some((d) => executable(join(d, command))) ? null : `program ${JSON.stringify(command)} is not on PATH`;
}

function executable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
