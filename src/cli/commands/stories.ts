import type { FactSheet } from '../../extract/types.ts';
import { formatFactSheet } from '../../extract/format-fact-sheet.ts';
import { PulseError } from '../../errors.ts';
import { openRuntime } from '../../runtime.ts';
import { listStories, parseStoryStatus, showStory } from '../../stories/story-repository.ts';
import { writeJson, type Command } from '../command.ts';
import { formatTable } from '../format.ts';

export const storiesListCommand: Command = {
  name: 'stories list',
  usage: '[--status S] [--json]',
  summary: 'list stories, newest first (every status unless --status)',
  options: { status: { type: 'string' }, json: { type: 'boolean' } },
  async run({ config, values, stdout }) {
    const status = values.status === undefined ? null : parseStoryStatus(String(values.status));
    const rt = await openRuntime(config, 'stories list');
    try {
      const stories = await listStories(rt.db.kysely, { status });
      if (values.json) writeJson(stdout, stories);
      else if (stories.length === 0) stdout.write(status ? `No ${status} stories.\n` : "No stories yet. Add a source and run 'pulse poll'.\n");
      else
        stdout.write(
          formatTable(
            ['id', 'status', 'published', 'source', 'title'],
            stories.map((s) => [String(s.id), s.status, s.published_at?.slice(0, 16).replace('T', ' ') ?? '', s.source_name, s.title || s.url]),
            70,
          ),
        );
      return 0;
    } finally {
      await rt.close();
    }
  },
};

export const storiesShowCommand: Command = {
  name: 'stories show',
  usage: 'ID [--json]',
  summary: 'print a story and its fact sheet',
  options: { json: { type: 'boolean' } },
  positionals: [1, 1],
  async run({ config, positionals, values, stdout }) {
    const text = positionals[0]!;
    if (!/^\d{1,15}$/.test(text)) throw new PulseError('bad_request', `story id must be a positive number (got ${JSON.stringify(text)})`);
    const rt = await openRuntime(config, 'stories show');
    try {
      const story = await showStory(rt.db.kysely, Number(text));
      if (values.json) {
        writeJson(stdout, story);
        return 0;
      }
      stdout.write(`Story ${story.id} · ${story.status} · from ${story.source_name}\n${story.title}\n${story.url}\n`);
      if (story.last_error) stdout.write(`last error: ${story.last_error}\n`);
      stdout.write('\n');
      stdout.write(story.facts ? `${formatFactSheet(story.facts as unknown as FactSheet)}\n` : 'No fact sheet yet (the story has not been extracted).\n');
      return 0;
    } finally {
      await rt.close();
    }
  },
};
