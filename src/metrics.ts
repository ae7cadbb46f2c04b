import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { sql } from 'kysely';
import type { Db } from './db/client.ts';

/** Pulse's Prometheus metrics, one registry per process (tests create their own). */
export interface Metrics {
  registry: Registry;
  jobsProcessed: Counter<'kind' | 'outcome'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
}

/** Returns a registry with process metrics, job counters, the HTTP histogram and a jobs-by-state gauge read from the database at scrape time. */
export function createMetrics(db: Db): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pulse_' });
  const jobsProcessed = new Counter({
    name: 'pulse_jobs_processed_total',
    help: 'Jobs settled by this process, by kind and outcome (done, retry, dead)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'pulse_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'pulse_jobs',
    help: 'Jobs in the database by kind and state',
    labelNames: ['kind', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await sql<{ kind: string; state: string; n: number }>`
        select kind, state, count(*)::int as n from jobs group by kind, state`.execute(db.kysely);
      for (const r of rows.rows) this.set({ kind: r.kind, state: r.state }, r.n);
    },
  });
  return { registry, jobsProcessed, httpDuration };
}
