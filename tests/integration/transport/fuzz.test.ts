import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { HealthResponse } from '@borderline/shared';
import { exerciseFingerprint } from '../../support/exercise-fingerprint';
import { MessageFuzzer } from '../../support/fuzz-messages';
import {
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../../support/in-process-server';
import { freshView } from '../../support/play-full-exercise';
import { connectRaw, emitWithAck } from '../../support/raw-socket';
import { closeFullTable, seatFullTable, type FullTable } from '../../support/socket-table';

const MESSAGES = 5_000;
/** What a refusal of a malformed message may say: nothing about the engine, nothing internal. */
const MALFORMED_CODES = ['invalid-message', 'unknown-command', 'too-large'];

describe('5,000 random and malformed messages', () => {
  let server: InProcessServer;
  let table: FullTable;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    // The budgets are lifted so that every message reaches the parser instead of the rate limit.
    server = await startInProcessServer({ rateLimits: UNLIMITED });
    table = await seatFullTable(server.baseUrl, { settings: { seed: 21, skipPractice: true } });
    const { facilitator } = table;
    await facilitator.expectOk({ type: 'facilitator.start' });
    while ((await freshView(facilitator)).exercise.phase !== 'decisions') {
      await facilitator.expectOk({ type: 'facilitator.advance' });
    }
    const { exerciseId, facilitatorKey } = table.created;
    const seats = [
      { exerciseId, role: 'facilitator', key: facilitatorKey },
      { exerciseId, role: 'player', token: table.teams.washington[0].token },
      { exerciseId, role: 'player', token: table.teams.cartels[1].token },
      { exerciseId, role: 'player', token: table.observer.token },
    ];
    for (const auth of seats) sockets.push(await connectRaw(server.baseUrl, auth));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    closeFullTable(table);
    await server?.close();
  });

  it('refuses every one, changes nothing, and the server still answers', async () => {
    const fuzzer = new MessageFuzzer(20_261_126);
    const before = exerciseFingerprint(server.service, table.created.exerciseId);
    const codes = new Map<string, number>();
    const unexpected: unknown[] = [];

    for (let i = 0; i < MESSAGES; i += 1) {
      const socket = sockets[i % sockets.length];
      if (socket === undefined) throw new Error('no socket');
      const message = fuzzer.message();
      if (i % 50 === 7) {
        // No acknowledgement to answer, or an event the protocol does not have.
        socket.emit(i % 100 === 7 ? 'command' : 'nonsense', message);
        continue;
      }
      const answer = (await emitWithAck(socket, 'command', message)) as {
        ok?: unknown;
        error?: { code?: string; message?: string };
      };
      const code = answer.error?.code ?? 'none';
      codes.set(code, (codes.get(code) ?? 0) + 1);
      if (answer.ok !== false || !MALFORMED_CODES.includes(code) || !answer.error?.message) {
        unexpected.push({ message, answer });
      }
    }

    expect(unexpected).toEqual([]);
    expect(exerciseFingerprint(server.service, table.created.exerciseId)).toBe(before);
    expect(sockets.every((socket) => socket.connected)).toBe(true);
    // Both kinds of refusal were exercised, not only one.
    expect(codes.get('invalid-message') ?? 0).toBeGreaterThan(1_000);
    expect(codes.get('unknown-command') ?? 0).toBeGreaterThan(100);

    const health = await fetch(`${server.baseUrl}/api/health`);
    expect(HealthResponse.parse(await health.json()).status).toBe('ok');
    // And the exercise still plays: the lead whose turn it is can decide.
    await table.teams.washington[0].client.expectOk({
      type: 'team.submitDecision',
      decision: { kind: 'hold', rationale: 'After the storm.' },
    });
    expect((await freshView(table.facilitator)).exercise.turn.current).toBe('mexico-city');
  }, 120_000);
});
