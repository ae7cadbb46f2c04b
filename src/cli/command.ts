import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../config.ts';

/** A usage error: the CLI prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandInput {
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  config: Config;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** One `pulse` sub-command: its words, help text, options, and a thin run() calling into the services. */
export interface Command {
  /** One or two words: 'start', 'sources add'. */
  name: string;
  /** Arguments after the name, for the help line: 'URL [--name N] [--interval 15m]'. */
  usage: string;
  summary: string;
  options?: OptionSpec;
  /** False for commands that never open the database (they are not forwarded to a running holder). */
  usesDatabase?: boolean;
  /** True for the long-running commands that hold the database themselves. */
  longRunning?: boolean;
  /** [min, max] positional arguments. */
  positionals?: [number, number];
  /** Runs the command; resolves to the exit code. */
  run(input: CommandInput): Promise<number>;
}

/** Writes one JSON document (the only thing `--json` puts on stdout). */
export function writeJson(stream: NodeJS.WritableStream, value: unknown): void {
  stream.write(`${JSON.stringify(value, null, 2)}\n`);
}
