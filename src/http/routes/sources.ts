import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.ts';

/** /api/sources… (SPEC "HTTP, editorial"). */
export async function sourcesRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
