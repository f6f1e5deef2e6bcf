/** `vmcp`: the command line. Every failure ends in a sentence and an exit code, never a stack trace. */
import { compile } from './commands/compile.js';
import { validate } from './commands/validate.js';
import { InputError } from './read-input.js';
import { EXIT_USAGE, USAGE, UsageError } from './usage.js';

type Command = (args: string[]) => number | Promise<number>;
const commands: Record<string, Command> = { validate, compile };

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? process.stderr : process.stdout).write(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command(args);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError || e instanceof InputError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`vmcp: ${(e as Error).message}\n${e instanceof InputError ? '' : "run 'vmcp help' for usage\n"}`);
    process.exitCode = EXIT_USAGE;
  } else {
    process.stderr.write(`vmcp: internal error: ${(e as Error).message}\nplease report this with the command you ran\n`);
    process.exitCode = 70;
  }
}
