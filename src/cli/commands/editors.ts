import { createEditor, EDITOR_ROLES, type EditorRole } from '../../desk/editors.ts';
import { openRuntime } from '../../runtime.ts';
import { UsageError, writeJson, type Command } from '../command.ts';

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
