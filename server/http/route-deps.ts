// What every routes plugin receives.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from './app.ts';

export interface RouteOptions {
  deps: AppDeps;
}

export type RoutesPlugin = FastifyPluginAsync<RouteOptions>;
