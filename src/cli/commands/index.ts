import type { Command } from '../command.ts';

type Loader = () => Promise<Command>;

/**
 * Every `pulse` command, in the order --help lists them, each loaded only when it runs (or for
 * --help): a command module imports what its command needs, so an offline command such as
 * `pulse cluster` never loads the database, HTTP or extraction modules at start-up.
 */
const COMMAND_LOADERS: readonly (readonly [string, Loader])[] = [
  ['start', async () => (await import('./services.ts')).startCommand],
  ['serve', async () => (await import('./services.ts')).serveCommand],
  ['worker', async () => (await import('./services.ts')).workerCommand],
  ['migrate', async () => (await import('./migrate.ts')).migrateCommand],
  ['sources add', async () => (await import('./sources.ts')).sourcesAddCommand],
  ['sources list', async () => (await import('./sources.ts')).sourcesListCommand],
  ['sources remove', async () => (await import('./sources.ts')).sourcesRemoveCommand],
  ['sources import', async () => (await import('./sources.ts')).sourcesImportCommand],
  ['sources export', async () => (await import('./sources.ts')).sourcesExportCommand],
  ['poll', async () => (await import('./poll.ts')).pollCommand],
  ['stories list', async () => (await import('./stories.ts')).storiesListCommand],
  ['stories show', async () => (await import('./stories.ts')).storiesShowCommand],
  ['events list', async () => (await import('./events.ts')).eventsListCommand],
  ['events show', async () => (await import('./events.ts')).eventsShowCommand],
  ['extract', async () => (await import('./extract.ts')).extractCommand],
  ['cluster', async () => (await import('./cluster.ts')).clusterCommand],
  ['draft', async () => (await import('./draft.ts')).draftCommand],
  ['jobs', async () => (await import('./jobs.ts')).jobsCommand],
  ['editors add', async () => (await import('./editors.ts')).editorsAddCommand],
  ['editors list', async () => (await import('./editors.ts')).editorsListCommand],
  ['editors disable', async () => (await import('./editors.ts')).editorsDisableCommand],
];

/** The command names ('sources add'), in --help order. */
export const COMMAND_NAMES: readonly string[] = COMMAND_LOADERS.map(([name]) => name);

/** Loads the command called `name` (one of COMMAND_NAMES). */
export async function loadCommand(name: string): Promise<Command> {
  const loader = COMMAND_LOADERS.find(([n]) => n === name);
  if (!loader) throw new Error(`no command '${name}'`);
  const command = await loader[1]();
  if (command.name !== name) throw new Error(`command table: '${name}' loaded '${command.name}'`);
  return command;
}

/** Loads every command (for --help), in --help order. */
export function loadCommands(): Promise<Command[]> {
  return Promise.all(COMMAND_NAMES.map(loadCommand));
}
