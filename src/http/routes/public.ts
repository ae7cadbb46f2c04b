import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.ts';

/** Public routes: feeds, tag feeds, analysis pages, index (SPEC "HTTP, public"). */
export async function publicRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
