import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, loadDotEnv } from '../config.ts';
import { PulseError, errorMessage } from '../errors.ts';
import { UsageError, type Command } from './command.ts';
import { COMMAND_NAMES, loadCommand, loadCommands } from './commands/index.ts';
import { PROJECT_ROOT } from '../project-root.ts';

const VERSION = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Returns Pulse's version from package.json. */
export function pulseVersion(): string {
  return VERSION;
}

/** Returns the `pulse --help` text, generated from the command table (loads every command). */
export async function helpText(): Promise<string> {
  const COMMANDS = await loadCommands();
  const width = Math.max(...COMMANDS.map((c) => `${c.name} ${c.usage}`.trim().length));
  const lines = COMMANDS.map((c) => `  pulse ${`${c.name} ${c.usage}`.trim().padEnd(width)}  ${c.summary}`);
  return [
    `Pulse ${VERSION} — feed aggregation and editorial desk`,
    '',
    'Usage: pulse <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --json      print data as JSON on stdout (logs and progress go to stderr)',
    '  --help, -h  show this help, or a command\'s: pulse sources add --help',
    '  --version   print the version',
    '',
    'Configuration comes from environment variables (and .env): DATABASE_URL (unset: embedded',
    'PGlite in PULSE_DATA_DIR, default ./data), HOST, PORT, PULSE_BASE_URL, PULSE_SITE_TITLE,',
    'PULSE_SITE_DESCRIPTION, PULSE_ALLOW_HOSTS, PULSE_WEBSUB_HUB, PULSE_WORKERS, LOG_LEVEL.',
    '',
    'Exit codes: 0 done, 1 input refused or operation failed, 2 usage error.',
  ].join('\n');
}

function commandHelp(c: Command): string {
  const opts = Object.entries(c.options ?? {}).map(([name, spec]) => `  --${name}${spec.type === 'string' ? ' VALUE' : ''}`);
  return [`Usage: pulse ${c.name} ${c.usage}`.trimEnd(), '', c.summary, ...(opts.length ? ['', 'Options:', ...opts] : [])].join('\n');
}

async function findCommand(argv: string[]): Promise<{ command: Command; rest: string[] } | null> {
  const [first, second] = argv;
  if (COMMAND_NAMES.includes(`${first} ${second}`)) return { command: await loadCommand(`${first} ${second}`), rest: argv.slice(2) };
  if (first !== undefined && COMMAND_NAMES.includes(first)) return { command: await loadCommand(first), rest: argv.slice(1) };
  return null;
}

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Runs `pulse` with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }): Promise<number> {
  const { stdout, stderr } = io;
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    stdout.write(`${await helpText()}\n`);
    return 0;
  }
  if (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version') {
    stdout.write(`${VERSION}\n`);
    return 0;
  }
  const found = await findCommand(argv);
  if (!found) {
    const group = COMMAND_NAMES.filter((n) => n.startsWith(`${argv[0]} `));
    const what = group.length > 0 ? `unknown command 'pulse ${argv.slice(0, 2).join(' ')}' (try: ${group.join(', ')})` : `unknown command '${argv[0]}'`;
    stderr.write(`pulse: ${what}\nRun 'pulse --help' for the list of commands.\n`);
    return 2;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    stdout.write(`${commandHelp(command)}\n`);
    return 0;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true, strict: true });
    } catch (err) {
      throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
    }
    const [min, max] = command.positionals ?? [0, 0];
    if (parsed.positionals.length < min) throw new UsageError(`missing argument${min - parsed.positionals.length > 1 ? 's' : ''}: pulse ${command.name} ${command.usage}`);
    if (parsed.positionals.length > max) throw new UsageError(`unexpected argument '${parsed.positionals[max]}'`);
    if (io.env === process.env) loadDotEnv(io.cwd);
    const config = loadConfig(io.env, io.cwd);
    if (!config.databaseUrl && command.usesDatabase !== false) {
      // Loaded here, not at start-up: forwarding reaches the runtime (database, HTTP) modules.
      const { forwardCommand, forwardingHolder } = await import('./forward.ts');
      const holder = forwardingHolder(config.dataDir);
      if (holder && command.longRunning) {
        throw new PulseError('database_locked', `database: ${config.dataDir} is in use by \`pulse ${holder.command}\` (pid ${holder.pid}); stop it first, or run Pulse on PostgreSQL (DATABASE_URL) to run several processes`);
      }
      // The folder is open in a running `pulse start`: it runs this command for us.
      if (holder) return await forwardCommand(holder, argv, io);
    }
    return await command.run({ positionals: parsed.positionals, values: parsed.values, config, stdout, stderr });
  } catch (err) {
    if (err instanceof UsageError) {
      stderr.write(`pulse ${command.name}: ${err.message}\nUsage: pulse ${command.name} ${command.usage}\n`);
      return 2;
    }
    if (err instanceof PulseError && err.code === 'config_invalid') {
      stderr.write(`pulse: ${err.message}\n`);
      return 1;
    }
    stderr.write(`pulse ${command.name}: ${errorMessage(err)}\n`);
    if (!(err instanceof PulseError) && io.env.LOG_LEVEL === 'debug') stderr.write(`${(err as Error).stack ?? ''}\n`);
    return 1;
  }
}
