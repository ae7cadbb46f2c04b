import { readMigrations } from '../../db/migrate.ts';
import { openRuntime } from '../../runtime.ts';
import { writeJson, type Command } from '../command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  usage: '[--json]',
  summary: 'apply pending database migrations (every command also does this first)',
  options: { json: { type: 'boolean' } },
  async run({ config, values, stdout }) {
    const rt = await openRuntime(config, 'migrate');
    try {
      const all = readMigrations().map((m) => m.name);
      if (values.json) writeJson(stdout, { backend: rt.db.backend, applied: all, newly_applied: rt.migrationsApplied });
      else {
        for (const name of rt.migrationsApplied) stdout.write(`applied ${name}\n`);
        stdout.write(`database is up to date (${all.length} migration${all.length === 1 ? '' : 's'}, ${rt.db.backend})\n`);
      }
      return 0;
    } finally {
      await rt.close();
    }
  },
};
