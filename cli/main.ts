/** `vmcp`: the command line. Every failure ends in a sentence and an exit code, never a stack trace. */
import type { InputError } from './read-input.js';
import { commandHelp, EXIT_USAGE, USAGE, UsageError } from './usage.js';

type Command = (args: string[]) => number | Promise<number>;
// Loaded on demand: `validate` should not pay for the runtime or the Kubernetes client at start.
const commands: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate.js')).validate,
  compile: async () => (await import('./commands/compile.js')).compile,
  serve: async () => (await import('./commands/serve.js')).serve,
  reconcile: async () => (await import('./commands/reconcile.js')).reconcile,
  operator: async () => (await import('./commands/operator.js')).operator,
  explain: async () => (await import('./commands/explain.js')).explain,
  diff: async () => (await import('./commands/diff.js')).diff,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    process.stderr.write(USAGE);
    return EXIT_USAGE;
  }
  if (name === '--version' || name === 'version') {
    process.stdout.write(`vmcp ${(await import('../runtime/version.js')).VMCP_VERSION}\n`);
    return 0;
  }
  if (name === 'help' || name === '--help' || name === '-h') return printHelp(name === 'help' ? args[0] : undefined);
  const load = commands[name];
  if (!load) throw new UsageError(`unknown command "${name}"`);
  // Asked for help before anything else on the line (after "--" it is an argument).
  const end = args.indexOf('--');
  if ((end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')) return printHelp(name);
  return (await load())(args);
}

function printHelp(name: string | undefined): number {
  if (name === undefined) {
    process.stdout.write(USAGE);
    return 0;
  }
  const text = commandHelp(name);
  if (text === null) throw new UsageError(`no help for "${name}": there is no such command`);
  process.stdout.write(text);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // InputError is told by its code: importing its module would load the compiler (and YAML) for every command.
  const input = (e as Partial<InputError>).code === 'VMCP_INPUT';
  if (e instanceof UsageError || input || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`vmcp: ${(e as Error).message}\n${input ? '' : "run 'vmcp help' for usage\n"}`);
    process.exitCode = EXIT_USAGE;
  } else {
    process.stderr.write(`vmcp: internal error: ${(e as Error).message}\nplease report this with the command you ran\n`);
    process.exitCode = 70;
  }
}
