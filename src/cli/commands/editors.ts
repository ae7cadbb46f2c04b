import { createEditor, disableEditor, EDITOR_ROLES, listEditors, type EditorRole } from '../../desk/editors.ts';
import { openRuntime } from '../../runtime.ts';
import { UsageError, writeJson, type Command } from '../command.ts';
import { formatTable, relativeTime } from '../format.ts';

/** `pulse editors add NAME [--role editor|admin] [--json]`: creates an editor and prints their API token once. */
export const editorsAddCommand: Command = {
  name: 'editors add',
  usage: 'NAME [--role editor|admin] [--json]',
  summary: 'create an editor and print their API token (shown once)',
  options: { role: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [1, 1],
  async run({ config, positionals, values, stdout }) {
    const role = (values.role ?? 'editor') as string;
    if (!(EDITOR_ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be editor or admin (got ${JSON.stringify(role)})`);
    const name = positionals[0]!.trim();
    if (name === '' || name.length > 200) throw new UsageError('NAME must be 1 to 200 characters');
    const rt = await openRuntime(config, 'editors add');
    try {
      const editor = await createEditor(rt.db.kysely, { name, role: role as EditorRole });
      if (values.json) writeJson(stdout, editor);
      else
        stdout.write(
          `Created ${editor.role} ${editor.name} (editor ${editor.id}).\n` +
            `API token (shown once, keep it secret): ${editor.token}\n` +
            `Use it as 'Authorization: Bearer <token>' on /api, or sign in to the desk at ${config.baseUrl}/desk\n`,
        );
      return 0;
    } finally {
      await rt.close();
    }
  },
};

/** `pulse editors list [--json]`: every editor with their role, live tokens and last token use. */
export const editorsListCommand: Command = {
  name: 'editors list',
  usage: '[--json]',
  summary: 'list editors: role, live API tokens, last token use, disabled',
  options: { json: { type: 'boolean' } },
  positionals: [0, 0],
  async run({ config, values, stdout }) {
    const rt = await openRuntime(config, 'editors list');
    try {
      const editors = await listEditors(rt.db.kysely);
      if (values.json) writeJson(stdout, editors);
      else if (editors.length === 0) stdout.write('No editors yet. Add one: pulse editors add NAME --role admin\n');
      else {
        const now = new Date();
        stdout.write(
          formatTable(
            ['id', 'name', 'role', 'tokens', 'last used', 'state'],
            editors.map((e) => [String(e.id), e.name, e.role, String(e.tokens), relativeTime(e.last_used_at, now), e.disabled ? 'disabled' : 'active']),
          ),
        );
      }
      return 0;
    } finally {
      await rt.close();
    }
  },
};

/** `pulse editors disable NAME [--json]`: shuts an editor out at once (tokens revoked, sessions ended, claims released). */
export const editorsDisableCommand: Command = {
  name: 'editors disable',
  usage: 'NAME [--json]',
  summary: 'disable an editor: API tokens revoked, desk sessions ended, claims released',
  options: { json: { type: 'boolean' } },
  positionals: [1, 1],
  async run({ config, positionals, values, stdout }) {
    const rt = await openRuntime(config, 'editors disable');
    try {
      const done = await disableEditor(rt.db.kysely, positionals[0]!.trim(), new Date());
      if (values.json) writeJson(stdout, done);
      else
        stdout.write(
          `Disabled ${done.role} ${done.name} (editor ${done.id}): ${done.tokens_revoked} API token(s) revoked, ` +
            `${done.sessions_ended} desk session(s) ended, ${done.claims_released} claim(s) released.\n`,
        );
      return 0;
    } finally {
      await rt.close();
    }
  },
};
