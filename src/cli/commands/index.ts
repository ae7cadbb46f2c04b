import type { Command } from '../command.ts';
import { migrateCommand } from './migrate.ts';
import { serveCommand, startCommand, workerCommand } from './services.ts';

/** Every `pulse` command, in the order --help lists them. */
export const COMMANDS: readonly Command[] = [startCommand, serveCommand, workerCommand, migrateCommand];
