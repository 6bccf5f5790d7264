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
