import {
  deleteExerciseOverHttp,
  HttpError,
  joinOverHttp,
  NetworkError,
  projectorSeatOverHttp,
  replayViewOverHttp,
  reportMarkdownOverHttp,
  reportOverHttp,
  routeUrl,
  scenariosOverHttp,
  type CallOptions,
} from '@borderline/shared/http-client';
import { describe, expect, it, vi } from 'vitest';
import { lastView } from '../client/support/game-views';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that answers every request with `answer` and keeps what was sent. */
function fakeFetch(answer: () => Response | Promise<Response>): {
  options: CallOptions;
  sent: Sent[];
} {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    sent.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    return answer();
  });
  return { options: { fetch }, sent };
}

const KEY = 'k'.repeat(32);
const seat = { exerciseId: 'ex-123456', playerId: 'p-1', token: 't'.repeat(32) };
const refusal = (status: number, error: Record<string, string>) =>
  Response.json({ error }, { status });

describe('the shared HTTP client', () => {
  describe('URLs', () => {
    it('fill the path’s parameters, encoded, and add the given query keys', () => {
      const url = routeUrl(
        'http://server.test',
        '/api/exercises/:id/replay/:step',
        { id: 'a b/c', step: '3' },
        { as: 'mexico-city', unset: undefined },
      );
      expect(url).toBe('http://server.test/api/exercises/a%20b%2Fc/replay/3?as=mexico-city');
      expect(routeUrl('', '/api/exercises/:id/report.md', { id: 'ex-1' }, undefined)).toBe(
        '/api/exercises/ex-1/report.md',
      );
    });

    it('refuse a parameter the path names and the call lacks', () => {
      expect(() => routeUrl('', '/api/join/:code', {}, undefined)).toThrow(/:code/);
    });

    it('are built from the route table, with the method, credentials and body of each route', async () => {
      const view = lastView('washington');
      const replay = fakeFetch(() => Response.json(view));
      const got = await replayViewOverHttp(
        'http://server.test',
        'ex-123456',
        { role: 'facilitator', key: KEY },
        { step: 12, as: 'washington' },
        replay.options,
      );
      expect(got).toEqual(view);
      expect(replay.sent).toEqual([
        {
          url: 'http://server.test/api/exercises/ex-123456/replay/12?as=washington',
          method: 'GET',
          headers: { 'x-facilitator-key': KEY },
          body: undefined,
        },
      ]);

      const join = fakeFetch(() => Response.json(seat, { status: 201 }));
      const request = { joinCode: 'ABCDEF', name: 'Ana', team: null };
      await joinOverHttp('', request, join.options);
      expect(join.sent).toEqual([
        {
          url: '/api/join',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: request,
        },
      ]);

      const report = fakeFetch(() => refusal(403, { code: 'forbidden', message: 'Not shared.' }));
      const player = { role: 'player', token: seat.token } as const;
      await expect(reportOverHttp('', 'ex-123456', player, report.options)).rejects.toThrow();
      expect(report.sent[0]?.headers).toEqual({ 'x-seat-token': seat.token });
    });
  });

  describe('answers', () => {
    it('are parsed with the route’s schema', async () => {
      const ok = fakeFetch(() => Response.json(seat, { status: 200 }));
      await expect(projectorSeatOverHttp('', 'ex-123456', KEY, ok.options)).resolves.toEqual(seat);
    });

    it('that the schema refuses are an HttpError "internal" naming the route and the field', async () => {
      const wrong = fakeFetch(() => Response.json({ ...seat, token: 42 }));
      const failure = projectorSeatOverHttp('', 'ex-123456', KEY, wrong.options);
      await expect(failure).rejects.toBeInstanceOf(HttpError);
      await expect(failure).rejects.toMatchObject({
        status: 200,
        code: 'internal',
        message: expect.stringMatching(
          /^The server's answer to POST \/api\/exercises\/:id\/projector cannot be read: token: /,
        ) as string,
      });
      const page = fakeFetch(() => new Response('<!doctype html>', { status: 200 }));
      await expect(scenariosOverHttp('', page.options)).rejects.toMatchObject({
        code: 'internal',
      });
    });

    it('of 204 have no body to read', async () => {
      const deleted = fakeFetch(() => new Response(null, { status: 204 }));
      await expect(
        deleteExerciseOverHttp('', 'ex-123456', KEY, deleted.options),
      ).resolves.toBeUndefined();
      expect(deleted.sent[0]?.method).toBe('DELETE');
    });

    it('of a download are the file as sent', async () => {
      const file = fakeFetch(() => new Response('# Report\n', { status: 200 }));
      const control = { role: 'facilitator', key: KEY } as const;
      const blob = await reportMarkdownOverHttp('', 'ex-123456', control, 'es', file.options);
      expect(await blob.text()).toBe('# Report\n');
      expect(file.sent[0]?.url).toBe('/api/exercises/ex-123456/report.md?language=es');
    });
  });

  describe('failures', () => {
    it('carry the server’s code, message and reason', async () => {
      const locked = fakeFetch(() =>
        refusal(423, { code: 'lobby-locked', message: 'Locked.', reason: 'lobby-locked' }),
      );
      const request = { joinCode: 'ABCDEF', name: 'Ana', team: null };
      await expect(joinOverHttp('', request, locked.options)).rejects.toMatchObject({
        name: 'HttpError',
        status: 423,
        code: 'lobby-locked',
        message: 'Locked.',
        reason: 'lobby-locked',
      });
    });

    it('without an error body the code of their status says, else "internal"', async () => {
      const cases: [Response, string][] = [
        [new Response('<h1>Bad gateway</h1>', { status: 502 }), 'internal'],
        [new Response('slow down', { status: 429 }), 'rate-limited'],
        [Response.json({ error: 'no' }, { status: 404 }), 'not-found'],
        [Response.json({}, { status: 400 }), 'invalid-message'],
      ];
      for (const [response, code] of cases) {
        const status = response.status;
        const answer = fakeFetch(() => response);
        await expect(scenariosOverHttp('', answer.options)).rejects.toMatchObject({
          status,
          code,
          message: `The server answered ${status}.`,
        });
      }
    });

    it('without an answer are a NetworkError, unless the caller aborted', async () => {
      const down = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const failure = scenariosOverHttp('', down.options);
      await expect(failure).rejects.toBeInstanceOf(NetworkError);
      await expect(failure).rejects.toThrow('Failed to fetch');

      const controller = new AbortController();
      controller.abort();
      const aborted = new DOMException('The operation was aborted.', 'AbortError');
      const cut = fakeFetch(() => Promise.reject(aborted));
      await expect(
        scenariosOverHttp('', { ...cut.options, signal: controller.signal }),
      ).rejects.toBe(aborted);
    });
  });
});
