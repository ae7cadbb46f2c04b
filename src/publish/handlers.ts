import type { JobHandler } from '../queue/runner.ts';
import type { Runtime } from '../runtime.ts';

/** Job handlers of the publish stage (WebSub pings). */
export function publishHandlers(_rt: Runtime): Record<string, JobHandler> {
  return {};
}
