import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi, type Mock } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';

/** Renders a screen at a path of an in-memory router; `location.history` records every navigation. */
export function renderAt(path: string, ui: ReactNode): RenderResult & { history: string[] } {
  const location = memoryLocation({ path, record: true });
  const result = render(<Router hook={location.hook}>{ui}</Router>);
  return Object.assign(result, { history: location.history });
}

/** One answer of the fake server: the status and the JSON body. */
export interface FakeAnswer {
  status: number;
  body: unknown;
}

export type FakeRoute = (request: { method: string; body: unknown }) => FakeAnswer;

/**
 * Replaces fetch with a tiny server answering "METHOD /path" routes; every
 * request (method, path, parsed JSON body) is kept for assertions.
 */
export function fakeServer(routes: Record<string, FakeRoute>): {
  fetch: Mock;
  requests: { method: string; path: string; body: unknown }[];
} {
  const requests: { method: string; path: string; body: unknown }[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    requests.push({ method, path: url.pathname, body });
    const route = routes[`${method} ${url.pathname}`];
    if (route === undefined) {
      return Response.json(
        { error: { code: 'not-found', message: 'no such route' } },
        { status: 404 },
      );
    }
    const answer = route({ method, body });
    return Response.json(answer.body, { status: answer.status });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, requests };
}
