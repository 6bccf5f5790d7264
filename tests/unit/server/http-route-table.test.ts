import { HTTP_ROUTES, type HttpRoute } from '@borderline/shared';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp } from '../../../server/src/app';
import { makeHarness } from '../../support/exercise-service-harness';

const ROUTES: readonly HttpRoute[] = Object.values(HTTP_ROUTES);

/** A route layer of express 5's router: its path and one layer per method. */
const RouteLayer = z.looseObject({
  route: z.looseObject({
    path: z.string(),
    stack: z.array(z.looseObject({ method: z.string() })),
  }),
});

/** The stack of a layer that is itself a router (`app.use(router)`), if it is one. */
function nestedStack(layer: unknown): { stack: unknown[]; prefix: string } | null {
  if (typeof layer !== 'object' || layer === null || !('handle' in layer)) return null;
  const { handle } = layer;
  if (typeof handle !== 'function' || !('stack' in handle) || !Array.isArray(handle.stack)) {
    return null;
  }
  const rawPath = 'rawPath' in layer && typeof layer.rawPath === 'string' ? layer.rawPath : '';
  return { stack: handle.stack, prefix: rawPath === '/' ? '' : rawPath };
}

/** "METHOD /path" of every route in an express stack, routers walked into. */
function servedRoutes(stack: readonly unknown[], prefix = ''): string[] {
  return stack.flatMap((layer) => {
    const route = RouteLayer.safeParse(layer);
    if (route.success) {
      const { path, stack: handlers } = route.data.route;
      const methods = new Set(handlers.map((handler) => handler.method.toUpperCase()));
      return [...methods].map((method) => `${method} ${prefix}${path}`);
    }
    const nested = nestedStack(layer);
    return nested === null ? [] : servedRoutes(nested.stack, prefix + nested.prefix);
  });
}

const pathParams = (path: string) => [...path.matchAll(/:(\w+)/g)].map((match) => match[1]);

describe('HTTP_ROUTES and the server', () => {
  const harness = makeHarness();
  afterAll(() => {
    harness.service.stop();
    harness.store.close();
  });

  it('are the same routes: each entry served once with its method and path, and no other /api route', () => {
    const app = createApp({
      scenarios: [],
      logger: pino({ level: 'silent' }),
      version: 'test',
      clientDir: '/no/client/here',
      startedAt: 0,
      service: harness.service,
    });
    const served = servedRoutes(app.router.stack).filter((route) => route.includes(' /api'));
    const table = ROUTES.map((route) => `${route.method.toUpperCase()} ${route.path}`);
    expect(served.sort()).toEqual(table.sort());
  });

  it('name in each entry’s params schema exactly the parameters of its path', () => {
    for (const route of ROUTES) {
      const shape = z.looseObject({ shape: z.record(z.string(), z.unknown()) }).parse(route.params);
      expect(Object.keys(shape.shape).sort(), route.path).toEqual(pathParams(route.path).sort());
    }
  });

  it('give every credentialed route an exercise :id, and a 204 route no body', () => {
    for (const route of ROUTES) {
      if (route.credentials !== 'none') expect(pathParams(route.path), route.path).toContain('id');
      expect(route.response.kind === 'no-content', route.path).toBe(route.status.includes(204));
    }
  });

  it('list each method and path once', () => {
    const keys = ROUTES.map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
