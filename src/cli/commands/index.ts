import type { Command } from '../command.ts';
import { editorsAddCommand, editorsDisableCommand, editorsListCommand } from './editors.ts';
import { clusterCommand, eventsListCommand, eventsShowCommand } from './events.ts';
import { draftCommand } from './draft.ts';
import { extractCommand } from './extract.ts';
import { jobsCommand } from './jobs.ts';
import { migrateCommand } from './migrate.ts';
import { pollCommand } from './poll.ts';
import { serveCommand, startCommand, workerCommand } from './services.ts';
import { sourcesAddCommand, sourcesExportCommand, sourcesImportCommand, sourcesListCommand, sourcesRemoveCommand } from './sources.ts';
import { storiesListCommand, storiesShowCommand } from './stories.ts';

/** Every `pulse` command, in the order --help lists them. */
export const COMMANDS: readonly Command[] = [
  startCommand,
  serveCommand,
  workerCommand,
  migrateCommand,
  sourcesAddCommand,
  sourcesListCommand,
  sourcesRemoveCommand,
  sourcesImportCommand,
  sourcesExportCommand,
  pollCommand,
  storiesListCommand,
  storiesShowCommand,
  eventsListCommand,
  eventsShowCommand,
  extractCommand,
  clusterCommand,
  draftCommand,
  jobsCommand,
  editorsAddCommand,
  editorsListCommand,
  editorsDisableCommand,
];
