import { pollSources } from './poll-sources.ts';
import { prune } from './prune.ts';
import { publishDue } from './publish-due.ts';
import type { RecurringJob } from './types.ts';
import { vacuum } from './vacuum.ts';

/** Every recurring job of Pulse, one file each. */
export const RECURRING_JOBS: readonly RecurringJob[] = [pollSources, publishDue, prune, vacuum];
