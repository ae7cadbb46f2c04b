import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.ts';

/** Editorial API (/api/stories, /api/analyses, /api/editors) and the HTML desk at /desk. */
export async function deskRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
