/** Reads a config FILE and, as ToolHive does, an authserver-config.yaml beside it; then compiles. */
import { dirname, join } from 'node:path';
import { compileSources, SIBLING_RUN_CONFIG, type CompileResult } from '../compiler/index.js';
import { fileExists, readInput } from './read-input.js';

export function compileFile(file: string): CompileResult {
  const config = readInput(file);
  const siblingPath = join(dirname(file), SIBLING_RUN_CONFIG);
  const sibling = fileExists(siblingPath) ? readInput(siblingPath) : undefined;
  return compileSources(config, sibling);
}
