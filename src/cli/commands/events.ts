import { PulseError } from '../../errors.ts';
import { getDeskEvent, listDeskEvents, parseEventStatus } from '../../desk/event-queue.ts';
import { openRuntime } from '../../runtime.ts';
import { UsageError, writeJson, type Command } from '../command.ts';
import { formatTable } from '../format.ts';

const when = (iso: string | null) => iso?.slice(0, 16).replace('T', ' ') ?? '';

export const eventsListCommand: Command = {
  name: 'events list',
  usage: '[--status S] [--limit N] [--json]',
  summary: 'list events (one piece of news, every source that told it), ranked by score',
  options: { status: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
  async run({ config, values, stdout }) {
    const status = values.status === undefined ? null : parseEventStatus(String(values.status));
    let limit: number | null = null;
    if (values.limit !== undefined) {
      if (!/^\d{1,9}$/.test(String(values.limit)) || Number(values.limit) < 1) throw new UsageError(`--limit must be a positive number (got ${JSON.stringify(values.limit)})`);
      limit = Number(values.limit);
    }
    const rt = await openRuntime(config, 'events list');
    try {
      // The desk's listing (GET /api/events), every status unless --status, every event unless --limit.
      const { items } = await listDeskEvents(rt.db.kysely, { status: status ?? 'all', limit }, new Date());
      if (values.json) writeJson(stdout, items);
      else if (items.length === 0) stdout.write(status ? `No ${status} events.\n` : "No events yet. Add a source and run 'pulse poll'.\n");
      else
        stdout.write(
          formatTable(
            ['id', 'score', 'status', 'stories', 'sources', 'first reported', 'title'],
            items.map((e) => [String(e.id), e.score.toFixed(1), e.status, String(e.story_count), String(e.source_count), `${e.first_reported?.source ?? ''} ${when(e.first_reported?.published_at ?? null)}`.trim(), e.title]),
            60,
          ),
        );
      return 0;
    } finally {
      await rt.close();
    }
  },
};

export const eventsShowCommand: Command = {
  name: 'events show',
  usage: 'ID [--json]',
  summary: 'print an event and its stories',
  options: { json: { type: 'boolean' } },
  positionals: [1, 1],
  async run({ config, positionals, values, stdout }) {
    const text = positionals[0]!;
    if (!/^\d{1,15}$/.test(text)) throw new PulseError('bad_request', `event id must be a positive number (got ${JSON.stringify(text)})`);
    const rt = await openRuntime(config, 'events show');
    try {
      const ev = await getDeskEvent(rt.db.kysely, Number(text), new Date());
      if (values.json) {
        writeJson(stdout, ev);
        return 0;
      }
      stdout.write(`Event ${ev.id} · ${ev.status} · score ${ev.score.toFixed(1)} · ${ev.story_count} stories from ${ev.source_count} publishers\n${ev.title}\n`);
      if (ev.first_reported) stdout.write(`First reported by ${ev.first_reported.source} ${when(ev.first_reported.published_at)}: ${ev.first_reported.url}\n`);
      stdout.write('\n');
      stdout.write(formatTable(['story', 'published', 'source', 'title'], ev.stories.map((s) => [String(s.id), when(s.published_at), s.source.name, s.title || s.url]), 70));
      return 0;
    } finally {
      await rt.close();
    }
  },
};
