import type { CreateExerciseResponse } from '@borderline/shared';
import { createExerciseOverHttp } from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../../support/in-process-server';
import { connectRaw, handshakeRefusal } from '../../support/raw-socket';

/** Five misses per address in a minute: small, so that the test reaches the limit. */
const MISSES = 5;

describe('guessing codes, keys and tokens', () => {
  let server: InProcessServer;
  let created: CreateExerciseResponse;

  beforeAll(async () => {
    server = await startInProcessServer({
      rateLimits: { ...UNLIMITED, guesses: { points: MISSES, durationSeconds: 60 } },
    });
    created = await createExerciseOverHttp(server.baseUrl, { scenarioId: 'us-mexico-2026' });
  });

  afterAll(async () => {
    await server?.close();
  });

  const joinInfo = (code: string) => fetch(`${server.baseUrl}/api/join/${code}`);

  it('lets an address look up a live exercise as often as it likes', async () => {
    for (let i = 0; i < MISSES * 3; i += 1) {
      expect((await joinInfo(created.joinCode)).status).toBe(200);
    }
    const control = {
      exerciseId: created.exerciseId,
      role: 'facilitator',
      key: created.facilitatorKey,
    };
    for (let i = 0; i < MISSES * 2; i += 1) (await connectRaw(server.baseUrl, control)).close();
  });

  it('counts codes, keys and tokens that open nothing, over HTTP and sockets together, then refuses every lookup', async () => {
    const wrongKey = {
      exerciseId: created.exerciseId,
      role: 'facilitator',
      key: 'k'.repeat(43),
    };
    const wrongToken = { exerciseId: created.exerciseId, role: 'player', token: 't'.repeat(43) };
    expect((await joinInfo('ZZZZZZ')).status).toBe(404);
    expect((await joinInfo('YYYYYY')).status).toBe(404);
    const summary = await fetch(`${server.baseUrl}/api/exercises/${created.exerciseId}`, {
      headers: { 'x-facilitator-key': 'k'.repeat(43) },
    });
    expect(summary.status).toBe(401);
    expect(await handshakeRefusal(server.baseUrl, wrongKey)).toMatchObject({
      code: 'unauthorized',
    });
    expect(await handshakeRefusal(server.baseUrl, wrongToken)).toMatchObject({
      code: 'unauthorized',
    });

    // Past the budget, even the right code is refused, with how long to wait.
    const refused = await joinInfo(created.joinCode);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate-limited');
    expect(body.error.message).toMatch(/at most 5 in 60 seconds; retry in \d+ s/);
    const rightKey = { ...wrongKey, key: created.facilitatorKey };
    expect(await handshakeRefusal(server.baseUrl, rightKey)).toMatchObject({
      code: 'rate-limited',
    });
    const join = await fetch(`${server.baseUrl}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ joinCode: created.joinCode, name: 'Ana', team: null }),
    });
    expect(join.status).toBe(429);
  });

  it('still answers the health check, which looks nothing up', async () => {
    expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
  });
});

describe('guessing from behind a proxy', () => {
  const limits = { ...UNLIMITED, guesses: { points: 2, durationSeconds: 60 } };
  const lookup = (server: InProcessServer, client: string) =>
    fetch(`${server.baseUrl}/api/join/ZZZZZZ`, { headers: { 'x-forwarded-for': client } });

  it('counts each client the trusted proxy names on its own (TRUST_PROXY)', async () => {
    const server = await startInProcessServer({ rateLimits: limits, trustProxy: ['loopback'] });
    try {
      for (let i = 0; i < 2; i += 1)
        expect((await lookup(server, '198.51.100.1')).status).toBe(404);
      expect((await lookup(server, '198.51.100.1')).status).toBe(429);
      // Another client behind the same proxy still has its budget.
      expect((await lookup(server, '198.51.100.2')).status).toBe(404);
      const refusal = await handshakeRefusal(server.baseUrl, {
        exerciseId: '00000000-0000-4000-8000-000000000000',
        role: 'facilitator',
        key: 'k'.repeat(43),
      });
      // The handshake comes from the proxy itself (no header): its own budget.
      expect(refusal).toMatchObject({ code: 'not-found' });
    } finally {
      await server.close();
    }
  });

  it('ignores X-Forwarded-For from a proxy it does not trust', async () => {
    const server = await startInProcessServer({ rateLimits: limits });
    try {
      expect((await lookup(server, '198.51.100.1')).status).toBe(404);
      expect((await lookup(server, '198.51.100.2')).status).toBe(404);
      expect((await lookup(server, '198.51.100.3')).status).toBe(429);
    } finally {
      await server.close();
    }
  });
});
