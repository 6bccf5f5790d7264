import { ErrorResponse } from '@borderline/shared';
import { createExerciseOverHttp, type HeadlessClient } from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failingWrites } from '../../support/failing-writes';
import { startInProcessServer, type InProcessServer } from '../../support/in-process-server';
import { connectFacilitator, seatPlayer, type SeatedPlayer } from '../../support/socket-table';

const FAILURE = 'disk full at /var/lib/borderline/secret-path';

/**
 * A bug or a failing disk reaches nobody but the log: the client gets
 * `internal` and a plain message, never the error or its stack, and the
 * server keeps serving.
 */
describe('internal errors', () => {
  let server: InProcessServer;
  let failing = false;
  let control: HeadlessClient;
  let player: SeatedPlayer;
  let joinCode: string;
  let exerciseId: string;

  beforeAll(async () => {
    server = await startInProcessServer({
      wrapStore: failingWrites(() => (failing ? new Error(FAILURE) : null)),
    });
    const created = await createExerciseOverHttp(server.baseUrl, { scenarioId: 'us-mexico-2026' });
    joinCode = created.joinCode;
    exerciseId = created.exerciseId;
    control = await connectFacilitator(server.baseUrl, created);
    player = await seatPlayer(server.baseUrl, created, 'Ana', 'cartels');
  });

  afterAll(async () => {
    control?.close();
    player?.client.close();
    await server?.close();
  });

  it('answers a command that fails on the server with internal and a plain message', async () => {
    failing = true;
    const answer = await player.client.send({
      type: 'chat.send',
      channel: 'team:cartels',
      text: 'hello',
    });
    failing = false;
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong on the server; please try again.',
      },
    });
    expect(JSON.stringify(answer)).not.toContain('disk full');
    const logged = server.logs.find((line) => line['msg'] === 'message handler failed');
    expect(logged).toMatchObject({ level: 50, exerciseId, player: player.playerId });
    expect(JSON.stringify(logged)).toContain(FAILURE);
    // The socket and the exercise still work.
    await player.client.expectOk({ type: 'chat.send', channel: 'team:cartels', text: 'again' });
  });

  it('answers a request that fails on the server with 500 internal and no stack', async () => {
    failing = true;
    const response = await fetch(`${server.baseUrl}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ joinCode, name: 'Bea', team: 'washington' }),
    });
    failing = false;
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(ErrorResponse.parse(JSON.parse(text)).error).toEqual({
      code: 'internal',
      message: 'Something went wrong on the server.',
    });
    expect(text).not.toContain('disk full');
    expect(text).not.toContain('.ts:');
    const health = await fetch(`${server.baseUrl}/api/health`);
    expect(health.status).toBe(200);
  });
});
