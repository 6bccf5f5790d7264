import { ErrorResponse, type CreateExerciseResponse } from '@borderline/shared';
import { createExerciseOverHttp, type HeadlessClient } from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseFingerprint } from '../../support/exercise-fingerprint';
import { failingWrites } from '../../support/failing-writes';
import { startInProcessServer, type InProcessServer } from '../../support/in-process-server';
import { connectFacilitator, seatPlayer, type SeatedPlayer } from '../../support/socket-table';

/** The error better-sqlite3 throws when a write finds the disk full. */
function diskFull(): Error {
  return Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
}

/**
 * The disk fills up while exercises run: every write is answered with a
 * clear refusal (`storage-full`), nothing half-applied stays in memory, and
 * once there is room the same commands go through.
 */
describe('a full disk while running', () => {
  let server: InProcessServer;
  let full = false;
  let control: HeadlessClient;
  let player: SeatedPlayer;
  let exerciseId: string;
  let joinCode: string;
  let created: CreateExerciseResponse;

  beforeAll(async () => {
    server = await startInProcessServer({
      wrapStore: failingWrites(() => (full ? diskFull() : null)),
    });
    created = await createExerciseOverHttp(server.baseUrl, { scenarioId: 'us-mexico-2026' });
    exerciseId = created.exerciseId;
    joinCode = created.joinCode;
    control = await connectFacilitator(server.baseUrl, created);
    player = await seatPlayer(server.baseUrl, created, 'Ana', 'cartels');
  });

  afterAll(async () => {
    control?.close();
    player?.client.close();
    await server?.close();
  });

  it('refuses a command with storage-full, applies nothing, and takes it once there is room', async () => {
    const before = exerciseFingerprint(server.service, exerciseId);
    const seq = server.service.state(exerciseId).seq;
    full = true;
    const answer = await control.send({ type: 'lobby.setLocked', locked: true });
    full = false;
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'internal',
        reason: 'storage-full',
        message: expect.stringMatching(/disk is full/),
      },
    });
    expect(exerciseFingerprint(server.service, exerciseId)).toEqual(before);
    expect(server.service.state(exerciseId).seq).toBe(seq);
    const logged = server.logs.find((line) => line['msg'] === 'store write failed: disk full');
    expect(logged).toMatchObject({ level: 50, exerciseId });
    await control.expectOk({ type: 'lobby.setLocked', locked: true });
    expect(server.service.state(exerciseId).lobbyLocked).toBe(true);
    await control.expectOk({ type: 'lobby.setLocked', locked: false });
  });

  it('refuses a seat change with storage-full and keeps the roster as stored', async () => {
    const ben = await seatPlayer(server.baseUrl, created, 'Ben', 'cartels');
    const leadOf = (playerId: string) =>
      server.service.roster(exerciseId).find((entry) => entry.id === playerId)?.isLead;
    expect(leadOf(player.playerId)).toBe(true);
    full = true;
    const answer = await control.send({ type: 'lobby.makeLead', player: ben.playerId });
    full = false;
    expect(answer).toMatchObject({ ok: false, error: { reason: 'storage-full' } });
    expect(leadOf(ben.playerId)).toBe(false);
    expect(leadOf(player.playerId)).toBe(true);
    await control.expectOk({ type: 'lobby.makeLead', player: ben.playerId });
    expect(leadOf(ben.playerId)).toBe(true);
    await control.expectOk({ type: 'lobby.makeLead', player: player.playerId });
    ben.client.close();
  });

  it('refuses chat with storage-full, and sends it once there is room', async () => {
    full = true;
    const answer = await player.client.send({
      type: 'chat.send',
      channel: 'team:cartels',
      text: 'hi',
    });
    full = false;
    expect(answer).toMatchObject({ ok: false, error: { reason: 'storage-full' } });
    await player.client.expectOk({ type: 'chat.send', channel: 'team:cartels', text: 'hi' });
  });

  it('answers an HTTP write with the same refusal', async () => {
    full = true;
    const response = await fetch(`${server.baseUrl}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ joinCode, name: 'Bea', team: 'washington' }),
    });
    full = false;
    expect(response.status).toBe(500);
    const body = ErrorResponse.parse(await response.json());
    expect(body.error).toMatchObject({ code: 'internal', reason: 'storage-full' });
    expect(server.service.roster(exerciseId).some((entry) => entry.name === 'Bea')).toBe(false);
  });
  it('refuses an engine command with storage-full, and starts once there is room', async () => {
    const phase = () => server.service.state(exerciseId).context.phase;
    full = true;
    const answer = await control.send({ type: 'facilitator.start' });
    full = false;
    expect(answer).toMatchObject({ ok: false, error: { reason: 'storage-full' } });
    expect(phase()).toBe('lobby');
    await control.expectOk({ type: 'facilitator.start' });
    expect(phase()).not.toBe('lobby');
  });
});
