import type { JobHandler } from '../queue/runner.ts';
import type { Runtime } from '../runtime.ts';

/** Job handlers of ingestion (scheduling due sources, polling, fetching and extracting stories). */
export function ingestHandlers(_rt: Runtime): Record<string, JobHandler> {
  return {};
}
