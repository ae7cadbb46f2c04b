import type { JobHandler } from '../queue/runner.ts';
import type { Runtime } from '../runtime.ts';

/** Job handlers of the desk (publishing scheduled analyses when they are due). */
export function deskHandlers(_rt: Runtime): Record<string, JobHandler> {
  return {};
}
