// The shape of one CLI command. Each command lives in its own file and calls services;
// none touches the database directly.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../server/errors.ts';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

export interface Command {
  name: string;
  summary: string;
  /** Usage text printed by `--help`: synopsis line and option descriptions. */
  usage: string;
  options: OptionSpec;
  /** Subcommands take the first positional as their verb (`user add`, `report scorecard`). */
  run(args: ParsedArgs, io: CommandIo): Promise<number>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parses argv for a command; unknown options are a bad-input error naming the option. */
export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (err) {
    throw new AppError('bad-input', `${command.name}: ${(err as Error).message}`);
  }
}

export function stringOpt(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function requireOpt(args: ParsedArgs, name: string): string {
  const v = stringOpt(args, name);
  if (v === undefined || v === '') throw new AppError('bad-input', `missing --${name}`);
  return v;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

export function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Reads all of a stream (stdin) as UTF-8 text. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk));
  return Buffer.concat(chunks).toString('utf8');
}
