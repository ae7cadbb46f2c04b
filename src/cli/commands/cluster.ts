import { readFileSync } from 'node:fs';
import { PulseError } from '../../errors.ts';
import { clusterItems, parseClusterItems } from '../../events/cluster-items.ts';
import type { Command } from '../command.ts';

// Offline and storing nothing: this module imports only the grouping (src/events/cluster-items.ts),
// never the database, HTTP or extraction modules, so `pulse cluster` starts in a fraction of a second.
export const clusterCommand: Command = {
  name: 'cluster',
  usage: 'FILE [--json]',
  summary: 'group JSON Lines items {id, title, url?, source?, published_at?, text?} into events, storing nothing',
  usesDatabase: false,
  options: { json: { type: 'boolean' } },
  positionals: [1, 1],
  async run({ positionals, stdout }) {
    const file = positionals[0]!;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new PulseError('bad_request', `cluster: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    const items = parseClusterItems(text);
    const labels = clusterItems(items);
    // One JSON line per item, in input order (SPEC "Events"), with or without --json.
    const out: string[] = items.map((it, i) => JSON.stringify({ id: it.id, event: labels[i] }));
    stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
    return 0;
  },
};
