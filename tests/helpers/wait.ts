/**
 * Waits until `condition` holds, checking every `everyMs`; throws naming `what` after `timeoutMs`.
 * Tests wait for a state, never for a fixed time: the timeout is only a generous upper bound for a
 * loaded machine, never the thing a test measures.
 */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 60_000, what = 'condition', everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
