import {
  FACILITATOR_KEY_HEADER,
  type CreateExerciseResponse,
  type JoinResponse,
} from '@borderline/shared';
import { HeadlessClient } from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  connectToExercise,
  disconnect,
  sendCommand,
} from '../../../client/src/connection/connection';
import { createExercise, joinExercise } from '../../../client/src/connection/exercise-http';
import type { ConnectionStatus } from '../../../client/src/state/connection-slice';
import { createExerciseStore, type ExerciseStore } from '../../../client/src/state/exercise-store';
import { authOf, seatKey, type Seat } from '../../../client/src/state/session-slice';
import { startInProcessServer, type InProcessServer } from '../../support/in-process-server';
import { memoryStorage } from './memory-storage';

/** Every connection status the store goes through from now on. */
function recordStatuses(store: ExerciseStore): ConnectionStatus[] {
  const seen: ConnectionStatus[] = [store.getState().connection.status];
  store.subscribe((state, previous) => {
    if (state.connection.status !== previous.connection.status) seen.push(state.connection.status);
  });
  return seen;
}

const until = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 10 });

/**
 * The browser's connection layer against the real server (in process, real
 * HTTP and sockets): what the server says lands in the store, a lost
 * connection comes back with a fresh view, and a command whose answer was
 * lost is applied once.
 */
describe('the connection layer against the real server', () => {
  let server: InProcessServer;
  let store: ExerciseStore;
  let created: CreateExerciseResponse;
  let joined: JoinResponse;
  let control: HeadlessClient;

  const seatOf = (playerId: string, role: Seat['role'] = 'player'): Seat => {
    const seat = store.getState().session.saved[seatKey(created.exerciseId, role)];
    if (seat === undefined || seat.playerId !== playerId) throw new Error('seat not remembered');
    return seat;
  };

  beforeAll(async () => {
    server = await startInProcessServer();
    store = createExerciseStore(memoryStorage());
    const options = { baseUrl: server.baseUrl, store };
    created = await createExercise(
      { scenarioId: 'us-mexico-2026', settings: { seed: 3 } },
      options,
    );
    joined = await joinExercise(
      { joinCode: created.joinCode, name: 'Ana', team: 'washington' },
      options,
    );
    control = await HeadlessClient.connect({
      baseUrl: server.baseUrl,
      auth: { exerciseId: created.exerciseId, role: 'facilitator', key: created.facilitatorKey },
      timeoutMs: 5_000,
    });
  });

  afterAll(async () => {
    disconnect();
    control?.close();
    await server?.close();
  });

  it('remembers the seats that creating and joining gave', () => {
    const { saved, current } = store.getState().session;
    expect(saved[seatKey(created.exerciseId, 'facilitator')]).toEqual({
      exerciseId: created.exerciseId,
      role: 'facilitator',
      key: created.facilitatorKey,
      playerId: null,
    });
    expect(current).toEqual(seatOf(joined.playerId));
  });

  it('connects, and the store shows the status and the seat’s view', async () => {
    const statuses = recordStatuses(store);
    connectToExercise(authOf(seatOf(joined.playerId)), { baseUrl: server.baseUrl, store });
    await until(() => expect(store.getState().view.current).not.toBeNull());
    expect(statuses).toEqual(['idle', 'connecting', 'connected']);
    const { connection, view } = store.getState();
    expect(connection.lastConnectedAt).toEqual(expect.any(Number));
    expect(view.current?.recipient).toEqual({
      kind: 'team',
      team: 'washington',
      player: joined.playerId,
    });
  });

  it('goes reconnecting → connected after a dropped connection, with a fresh view', async () => {
    const statuses = recordStatuses(store);
    const connection = connectToExercise(authOf(seatOf(joined.playerId)), {
      baseUrl: server.baseUrl,
      store,
    });
    await until(() => expect(store.getState().connection.status).toBe('connected'));
    // The first view follows the connection (it is packed off the server's event loop).
    await until(() => expect(store.getState().view.current?.exercise.locked).toBe(false));

    connection.socket.io.engine.close(); // as a lost network would
    await until(() => expect(store.getState().connection.status).toBe('reconnecting'));
    // While the player is away (socket.io waits about a second before retrying):
    await control.expectOk({ type: 'lobby.setLocked', locked: true });

    await until(() => expect(store.getState().connection.status).toBe('connected'));
    await until(() => expect(store.getState().view.current?.exercise.locked).toBe(true));
    expect(statuses.slice(-3)).toEqual(['connected', 'reconnecting', 'connected']);
    await control.expectOk({ type: 'lobby.setLocked', locked: false });
  });

  it('resends a command whose answer was lost with the same id: answered duplicate, applied once', async () => {
    const connection = connectToExercise(authOf(seatOf(joined.playerId)), {
      baseUrl: server.baseUrl,
      store,
    });
    await until(() => expect(store.getState().connection.status).toBe('connected'));
    const text = 'Sent just before the network went.';

    const answered = sendCommand({ type: 'chat.send', channel: 'team:washington', text });
    connection.socket.io.engine.close(); // the command is on the wire, its answer will not come
    await until(() => expect(store.getState().connection.status).not.toBe('connected'));

    const ack = await answered;
    expect(ack).toMatchObject({ ok: true, data: { duplicate: true } });
    const applied = server.service.chat(created.exerciseId).filter((m) => m.text === text);
    expect(applied).toHaveLength(1);
    expect(store.getState().connection.status).toBe('connected');
    await until(() =>
      expect(
        store.getState().chat.byChannel['team:washington']?.filter((m) => m.text === text),
      ).toHaveLength(1),
    );
  });

  it('answers a command with the server’s Ack, a refusal included', async () => {
    connectToExercise(authOf(seatOf(joined.playerId)), { baseUrl: server.baseUrl, store });
    await until(() => expect(store.getState().connection.status).toBe('connected'));
    const ack = await sendCommand({ type: 'facilitator.advance' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('shows a refused handshake with the server’s message, and sends nothing after it', async () => {
    connectToExercise(
      { exerciseId: created.exerciseId, role: 'player', token: 'x'.repeat(32) },
      { baseUrl: server.baseUrl, store },
    );
    await until(() => expect(store.getState().connection.status).toBe('refused'));
    // The reason travels with the refusal, for the page to word in its reader's language.
    expect(store.getState().connection.error).toEqual({
      code: 'unauthorized',
      message: expect.any(String),
      reason: 'invalid-token',
    });
    await expect(sendCommand({ type: 'facilitator.advance' })).rejects.toThrow();
  });

  it('forgets the seat when Control removes the player', async () => {
    const bo = await joinExercise(
      { joinCode: created.joinCode, name: 'Bo', team: 'washington' },
      { baseUrl: server.baseUrl, store },
    );
    connectToExercise(authOf(seatOf(bo.playerId)), { baseUrl: server.baseUrl, store });
    await until(() => expect(store.getState().connection.status).toBe('connected'));
    await control.expectOk({ type: 'lobby.removePlayer', player: bo.playerId });
    await until(() => expect(store.getState().connection.status).toBe('refused'));
    expect(store.getState().connection.error?.code).toBe('seat-removed');
    expect(store.getState().session.saved[seatKey(created.exerciseId, 'player')]).toBeUndefined();
    expect(store.getState().session.current).toBeNull();
  });

  it('closes on request: idle, and nothing more can be sent', async () => {
    const facilitator = store.getState().session.saved[seatKey(created.exerciseId, 'facilitator')];
    if (facilitator === undefined) throw new Error('facilitator seat not remembered');
    connectToExercise(authOf(facilitator), { baseUrl: server.baseUrl, store });
    await until(() => expect(store.getState().view.current?.control).not.toBeNull());
    disconnect();
    expect(store.getState().connection.status).toBe('idle');
    await expect(sendCommand({ type: 'facilitator.advance' })).rejects.toThrow(/not connected/);
  });

  it('forgets the key when Control deletes the exercise', async () => {
    const options = { baseUrl: server.baseUrl, store };
    const other = await createExercise({ scenarioId: 'us-mexico-2026' }, options);
    connectToExercise(
      { exerciseId: other.exerciseId, role: 'facilitator', key: other.facilitatorKey },
      options,
    );
    await until(() => expect(store.getState().connection.status).toBe('connected'));
    const deleted = await fetch(`${server.baseUrl}/api/exercises/${other.exerciseId}`, {
      method: 'DELETE',
      headers: { [FACILITATOR_KEY_HEADER]: other.facilitatorKey },
    });
    expect(deleted.status).toBe(204);
    await until(() => expect(store.getState().connection.status).toBe('refused'));
    expect(store.getState().connection.error?.code).toBe('exercise-deleted');
    expect(
      store.getState().session.saved[seatKey(other.exerciseId, 'facilitator')],
    ).toBeUndefined();
  });
});
