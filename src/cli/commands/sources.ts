import { readFileSync } from 'node:fs';
import { PulseError } from '../../errors.ts';
import { openRuntime } from '../../runtime.ts';
import { parseInterval } from '../../sources/poll-schedule.ts';
import { listSources, parseSourceId, removeSource, type SourceView } from '../../sources/source-repository.ts';
import { UsageError, writeJson, type Command } from '../command.ts';
import { formatTable, relativeTime } from '../format.ts';

/** Returns the interval in seconds for `--interval`, within the schema's bounds (1 min – 7 days). */
export function intervalOption(value: unknown): number | null {
  if (value === undefined) return null;
  const sec = parseInterval(String(value));
  if (sec === null) throw new UsageError(`--interval must look like 15m, 2h, 1d or 900 (seconds); got ${JSON.stringify(value)}`);
  if (sec < 60 || sec > 604_800) throw new PulseError('bad_request', `--interval must be between 1 minute and 7 days (got ${value})`);
  return sec;
}

export const sourcesAddCommand: Command = {
  name: 'sources add',
  usage: 'URL [--name N] [--interval 15m] [--json]',
  summary: 'subscribe to a feed, or to the feed a site announces',
  options: { name: { type: 'string' }, interval: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [1, 1],
  async run({ config, positionals, values, stdout }) {
    const intervalSec = intervalOption(values.interval);
    const rt = await openRuntime(config, 'sources add');
    try {
      const { subscribe } = await import('../../sources/subscribe.ts');
      const source = await subscribe({ db: rt.db, fetcher: rt.fetcher }, { url: positionals[0]!, name: (values.name as string | undefined) ?? null, intervalSec });
      if (values.json) writeJson(stdout, source);
      else stdout.write(`Subscribed to ${source.name} (source ${source.id})\n  feed: ${source.url}\n  polled every ${Math.round(source.poll_interval_seconds / 60)} min; run 'pulse poll' to fetch it now\n`);
      return 0;
    } finally {
      await rt.close();
    }
  },
};

function statusText(s: SourceView): string {
  if (s.paused) return `paused (${s.pause_reason ?? ''})`;
  if (s.status === 'failing') return `failing ×${s.error_count}`;
  return 'ok';
}

export const sourcesListCommand: Command = {
  name: 'sources list',
  usage: '[--json]',
  summary: 'list sources with their status: last and next poll, errors, paused',
  options: { json: { type: 'boolean' } },
  async run({ config, values, stdout }) {
    const rt = await openRuntime(config, 'sources list');
    try {
      const sources = await listSources(rt.db.kysely);
      if (values.json) {
        writeJson(stdout, sources);
        return 0;
      }
      if (sources.length === 0) {
        stdout.write("No sources yet. Add one: pulse sources add https://techcrunch.com/\n");
        return 0;
      }
      const now = new Date();
      stdout.write(
        formatTable(
          ['id', 'name', 'status', 'stories', 'last poll', 'next poll', 'url'],
          sources.map((s) => [String(s.id), s.name, statusText(s), String(s.stories), relativeTime(s.last_polled_at, now), relativeTime(s.next_poll_at, now), s.url]),
        ),
      );
      for (const s of sources.filter((x) => x.last_error)) stdout.write(`  source ${s.id} last error: ${s.last_error}\n`);
      return 0;
    } finally {
      await rt.close();
    }
  },
};

export const sourcesRemoveCommand: Command = {
  name: 'sources remove',
  usage: 'ID [--json]',
  summary: 'unsubscribe (its stories go too, unless an analysis cites them)',
  options: { json: { type: 'boolean' } },
  positionals: [1, 1],
  async run({ config, positionals, values, stdout }) {
    const id = parseSourceId(positionals[0]);
    const rt = await openRuntime(config, 'sources remove');
    try {
      const row = await removeSource(rt.db.kysely, id);
      if (values.json) writeJson(stdout, { id: row.id, url: row.url, name: row.name, removed: true });
      else stdout.write(`Removed source ${row.id} (${row.name})\n`);
      return 0;
    } finally {
      await rt.close();
    }
  },
};

export const sourcesImportCommand: Command = {
  name: 'sources import',
  usage: 'FILE.opml [--json]',
  summary: 'subscribe to every feed of an OPML file',
  options: { json: { type: 'boolean' } },
  positionals: [1, 1],
  async run({ config, positionals, values, stdout }) {
    let xml: string;
    try {
      xml = readFileSync(positionals[0]!, 'utf8');
    } catch (err) {
      throw new PulseError('bad_request', `cannot read ${positionals[0]}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const rt = await openRuntime(config, 'sources import');
    try {
      const { importOpml } = await import('../../sources/import-opml.ts');
      const r = await importOpml(rt.db, xml);
      if (values.json) writeJson(stdout, r);
      else {
        stdout.write(`Imported ${r.added.length} source${r.added.length === 1 ? '' : 's'}; ${r.existing.length} already subscribed; ${r.invalid.length} invalid\n`);
        for (const i of r.invalid) stdout.write(`  skipped ${i.url}: ${i.error}\n`);
      }
      return 0;
    } finally {
      await rt.close();
    }
  },
};

export const sourcesExportCommand: Command = {
  name: 'sources export',
  usage: '',
  summary: 'print every source as OPML 2.0',
  async run({ config, stdout }) {
    const rt = await openRuntime(config, 'sources export');
    try {
      const { exportOpml } = await import('../../sources/import-opml.ts');
      stdout.write(await exportOpml(rt.db, { title: `${config.siteTitle} sources`, now: new Date() }));
      return 0;
    } finally {
      await rt.close();
    }
  },
};
