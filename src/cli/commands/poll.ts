import { openRuntime } from '../../runtime.ts';
import { pollNow, type PollProgress, type PollSummary } from '../../sources/poll-all.ts';
import { getSource, parseSourceId } from '../../sources/source-repository.ts';
import { writeJson, type Command } from '../command.ts';

function progressLine(p: PollProgress): string {
  const polling = `sources ${p.sources_done}/${p.sources_total}, ${p.new_stories} new ${p.new_stories === 1 ? 'story' : 'stories'}, ${p.errors} error${p.errors === 1 ? '' : 's'}`;
  return p.phase === 'polling' ? `polling: ${polling}` : `extracting: stories ${p.stories_done}/${p.stories_total} (${polling})`;
}

function summaryText(s: PollSummary): string {
  const lines = [
    `Polled ${s.polled} of ${s.sources} source${s.sources === 1 ? '' : 's'} in ${s.seconds} s: ${s.updated} updated, ${s.not_modified} not modified, ${s.failed.length} failed.`,
    `Stories: ${s.new_stories} new, ${s.updated_stories} changed upstream, ${s.also_reported} also reported by another source; ${s.extracted} extracted (${s.extract_fallbacks} from the feed's text), ${s.extract_failed.length} failed.`,
  ];
  for (const f of s.failed) lines.push(`  source ${f.source_id} failed: ${f.error}`);
  for (const k of s.skipped) lines.push(`  source ${k.source_id} skipped: ${k.reason}`);
  for (const e of s.extract_failed) lines.push(`  story ${e.story_id} failed: ${e.error}`);
  return `${lines.join('\n')}\n`;
}

export const pollCommand: Command = {
  name: 'poll',
  usage: '[--source ID] [--json]',
  summary: 'poll sources now, fetch and extract every new story, print a summary',
  options: { source: { type: 'string' }, json: { type: 'boolean' } },
  async run({ config, values, stdout, stderr }) {
    const sourceId = values.source === undefined ? null : parseSourceId(String(values.source));
    const rt = await openRuntime(config, 'poll');
    const tty = (stderr as NodeJS.WriteStream).isTTY === true;
    let last = '';
    try {
      if (sourceId !== null) await getSource(rt.db.kysely, sourceId);
      const summary = await pollNow(rt, {
        sourceId,
        onProgress: (p) => {
          const line = progressLine(p);
          if (line === last || p.phase === 'done') return;
          last = line;
          // On a terminal one line updates in place; elsewhere (logs, CI) plain lines.
          stderr.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
        },
      });
      if (tty && last) stderr.write('\n');
      if (values.json) writeJson(stdout, summary);
      else stdout.write(summaryText(summary));
      return 0;
    } finally {
      await rt.close();
    }
  },
};
