import { FACILITATOR_KEY_HEADER, type CreateExerciseResponse } from '@borderline/shared';
import type { HeadlessClient } from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InProcessServer } from '../../support/in-process-server';
import { handshakeRefusal } from '../../support/raw-socket';
import { openSocketExercise, type SocketExercise } from '../../support/socket-exercise';
import type { SeatedPlayer } from '../../support/socket-table';

/** Control seats the room over its socket: leads, moves, removals, the lock, bot seats, deletion. */
describe('Control’s seating over sockets', () => {
  let exercise: SocketExercise;
  let server: InProcessServer;
  let created: CreateExerciseResponse;
  let control: HeadlessClient;
  let ana: SeatedPlayer;
  let bea: SeatedPlayer;
  let cy: SeatedPlayer;

  beforeAll(async () => {
    exercise = await openSocketExercise({ seed: 2 });
    ({ server, created, control } = exercise);
    ana = await exercise.seat('Ana', 'washington');
    bea = await exercise.seat('Bea', 'washington');
    cy = await exercise.seat('Cy', 'mexico-city');
  });

  afterAll(() => exercise?.close());

  const auth = (token: string) => ({
    exerciseId: created.exerciseId,
    role: 'player',
    token,
  });

  it('makes another player lead; the old lead may no longer submit', async () => {
    expect(ana.client.view.team?.isLead).toBe(true);
    await control.expectOk({ type: 'lobby.makeLead', player: bea.playerId });
    await bea.client.waitForView((view) => view.team?.isLead === true);
    await ana.client.waitForView((view) => view.team?.isLead === false);
    await control.waitForView((view) =>
      view.roster.some((entry) => entry.id === bea.playerId && entry.isLead),
    );
    // Seats are checked before the engine looks at the phase.
    const refused = await ana.client.send({
      type: 'team.submitDecision',
      decision: { kind: 'hold' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-lead' } });
  });

  it('moves a player to another team, and to the observers; its views follow', async () => {
    await control.expectOk({ type: 'lobby.movePlayer', player: ana.playerId, team: 'cartels' });
    const asCartel = await ana.client.waitForView((view) => view.team?.id === 'cartels');
    expect(asCartel.recipient).toEqual({ kind: 'team', team: 'cartels', player: ana.playerId });
    expect(asCartel.team?.isLead).toBe(true);
    expect(asCartel.channels.map((channel) => channel.key)).toContain(
      'channel:cartels-mexico-city',
    );
    expect(asCartel.channels.map((channel) => channel.key)).not.toContain(
      'channel:washington-mexico-city',
    );

    await control.expectOk({ type: 'lobby.movePlayer', player: ana.playerId, team: null });
    const asObserver = await ana.client.waitForView((view) => view.recipient.kind === 'observer');
    expect(asObserver.team).toBeNull();
    const refused = await ana.client.send({ type: 'team.updateDraft', draft: { kind: 'hold' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await control.expectOk({ type: 'lobby.movePlayer', player: ana.playerId, team: 'cartels' });
  });

  it('answers Control’s seating mistakes with a code', async () => {
    const unknownTeam = await control.send({
      type: 'lobby.movePlayer',
      player: cy.playerId,
      team: 'atlantis',
    });
    expect(unknownTeam).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'This scenario has no team "atlantis".' },
    });
    const unknownPlayer = await control.send({ type: 'lobby.removePlayer', player: 'p-nobody' });
    expect(unknownPlayer).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const occupied = await control.send({ type: 'lobby.setSeat', team: 'washington', kind: 'bot' });
    expect(occupied).toMatchObject({
      ok: false,
      error: { code: 'refused', reason: 'seat-occupied' },
    });
  });

  it('gives an empty seat to a bot', async () => {
    const observerSeat = await exercise.seat('Dee', null);
    await control.expectOk({ type: 'lobby.movePlayer', player: cy.playerId, team: 'washington' });
    await control.expectOk({ type: 'lobby.setSeat', team: 'mexico-city', kind: 'bot' });
    const view = await observerSeat.client.waitForView(
      (next) => next.seats['mexico-city'] === 'bot',
    );
    expect(view.roster.some((entry) => entry.isBot && entry.team === 'mexico-city')).toBe(true);
  });

  it('locks the lobby: everybody sees it, no new joins, seated players still come back', async () => {
    await control.expectOk({ type: 'lobby.setLocked', locked: true });
    const locked = await bea.client.waitForView((view) => view.exercise.locked);
    expect(locked.exercise.locked).toBe(true);
    const join = await fetch(`${server.baseUrl}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ joinCode: created.joinCode, name: 'Late', team: null }),
    });
    expect(join.status).toBe(423);
    bea.client.disconnect();
    const back = await bea.client.reconnect();
    expect(back.exercise.locked).toBe(true);
    expect(back.recipient).toEqual({ kind: 'team', team: 'washington', player: bea.playerId });
  });

  it('removes a player: it is told, disconnected, and its token stops working', async () => {
    const told = new Promise<{ reason: string }>((resolve) =>
      cy.client.socket.once('seatRemoved', resolve),
    );
    const closed = new Promise<string>((resolve) => cy.client.socket.once('disconnect', resolve));
    await control.expectOk({ type: 'lobby.removePlayer', player: cy.playerId });
    expect(await told).toEqual({ reason: 'Control removed you from this exercise.' });
    expect(await closed).toBe('io server disconnect');
    const left = await bea.client.waitForView(
      (view) => !view.roster.some((entry) => entry.id === cy.playerId),
    );
    expect(left.roster.map((entry) => entry.name)).not.toContain('Cy');
    expect(await handshakeRefusal(server.baseUrl, auth(cy.token))).toEqual({
      code: 'unauthorized',
      message: 'This seat is no longer yours; join again with the code.',
      reason: 'invalid-token',
    });
  });

  it('deletes the exercise: every socket hears it and is closed, tokens stop working', async () => {
    const fresh = await exercise.connect(ana.token);
    const sockets = [control, bea.client, fresh];
    const heard = sockets.map(
      (client) => new Promise<void>((resolve) => client.socket.once('exerciseDeleted', resolve)),
    );
    const closed = sockets.map(
      (client) => new Promise<string>((resolve) => client.socket.once('disconnect', resolve)),
    );
    const response = await fetch(`${server.baseUrl}/api/exercises/${created.exerciseId}`, {
      method: 'DELETE',
      headers: { [FACILITATOR_KEY_HEADER]: created.facilitatorKey },
    });
    expect(response.status).toBe(204);
    await Promise.all(heard);
    expect(await Promise.all(closed)).toEqual(sockets.map(() => 'io server disconnect'));
    expect(await handshakeRefusal(server.baseUrl, auth(ana.token))).toEqual({
      code: 'not-found',
      message: 'There is no such exercise.',
      reason: 'unknown-exercise',
    });
  });
});
