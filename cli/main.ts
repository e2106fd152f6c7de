// Dispatches `landmark <command> …`. Exit codes: 0 success, 1 the work failed (bad input,
// not found…), 2 usage error (unknown command or option).
import { AppError } from '../server/errors.ts';
import { parseCommandArgs, write, type Command, type CommandIo } from './command.ts';
import { COMMANDS } from './commands.ts';

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: landmark <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `landmark <command> --help` for the options of a command.',
  ].join('\n');
}

function helpFor(command: Command): string {
  return `${command.summary}\n\n${command.usage}`;
}

export async function main(argv: string[], io: CommandIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    write(name === undefined ? io.stderr : io.stdout, usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    write(io.stderr, `landmark: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  let args;
  try {
    args = parseCommandArgs(command, rest);
  } catch (err) {
    write(io.stderr, `landmark ${(err as Error).message}\n\n${helpFor(command)}`);
    return 2;
  }
  if (args.values.help === true) {
    write(io.stdout, helpFor(command));
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof AppError) {
      write(io.stderr, `landmark ${command.name}: ${err.message}`);
      return 1;
    }
    write(io.stderr, `landmark ${command.name}: unexpected error: ${(err as Error).stack ?? String(err)}`);
    return 1;
  }
}
