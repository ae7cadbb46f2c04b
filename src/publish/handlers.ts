import type { JobHandler } from '../queue/runner.ts';
import { userAgent, type Runtime } from '../runtime.ts';
import { WEBSUB_PING_JOB } from './feeds-changed.ts';
import { siteFromConfig } from './site.ts';
import { changedFeedUrls, parsePingPayload, pingHub } from './websub.ts';

/** Job handlers of the publish stage (WebSub pings, enqueued by feedsChanged). */
export function publishHandlers(rt: Pick<Runtime, 'config' | 'logger'>): Record<string, JobHandler> {
  const site = siteFromConfig(rt.config);
  return {
    [WEBSUB_PING_JOB]: async (job, ctx) => {
      const ping = parsePingPayload(job.payload);
      const topics = changedFeedUrls(site, ping.tags);
      await pingHub(ping.hub_url, topics, { userAgent: userAgent(rt.config), signal: ctx.signal });
      rt.logger.info({ job_id: job.id, hub: ping.hub_url, generation: ping.generation, reason: ping.reason, analysis_id: ping.analysis_id, topics: topics.length }, 'websub: hub pinged');
    },
  };
}
