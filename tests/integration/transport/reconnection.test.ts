import { createExerciseOverHttp, type HeadlessClient } from '@borderline/shared/client';
import type { CreateExerciseResponse } from '@borderline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcessServer, type InProcessServer } from '../../support/in-process-server';
import {
  connectFacilitator,
  connectPlayer,
  seatPlayer,
  type SeatedPlayer,
} from '../../support/socket-table';

/**
 * A player who loses the network, or reloads the page, is back in the same
 * seat with the current state, by its token; nothing it submitted is lost,
 * and what it resends after reconnecting is applied once.
 */
describe('reconnection', () => {
  let server: InProcessServer;
  let created: CreateExerciseResponse;
  let control: HeadlessClient;
  let washington: SeatedPlayer;
  let mexico: SeatedPlayer;
  let cartels: SeatedPlayer;

  beforeAll(async () => {
    server = await startInProcessServer();
    created = await createExerciseOverHttp(server.baseUrl, {
      scenarioId: 'us-mexico-2026',
      settings: { seed: 9, skipPractice: true },
    });
    control = await connectFacilitator(server.baseUrl, created);
    washington = await seatPlayer(server.baseUrl, created, 'Wa', 'washington');
    mexico = await seatPlayer(server.baseUrl, created, 'Ma', 'mexico-city');
    cartels = await seatPlayer(server.baseUrl, created, 'Ca', 'cartels');
    await control.expectOk({ type: 'facilitator.start' });
    while (control.view.exercise.phase !== 'decisions') {
      await control.expectOk({ type: 'facilitator.advance' });
      await control.sync();
    }
  });

  afterAll(async () => {
    control?.close();
    washington?.client.close();
    mexico?.client.close();
    cartels?.client.close();
    await server?.close();
  });

  const decisionsOf = (team: string) =>
    server.service
      .state(created.exerciseId)
      .context.decisions.filter((decision) => decision.team === team);

  it('brings a player back to its seat with the current view and its decision', async () => {
    const { client } = washington;
    await client.expectOk({
      id: 'cmd-wash-decide-1',
      type: 'team.submitDecision',
      decision: { kind: 'hold', rationale: 'We wait and see.', statement: 'Washington waits.' },
    });
    client.disconnect();
    await control.waitForView((view) =>
      view.roster.some((entry) => entry.id === washington.playerId && !entry.connected),
    );
    // While it is away: Mexico City decides, and its teammates' room gets a message.
    await mexico.client.expectOk({ type: 'team.submitDecision', decision: { kind: 'hold' } });
    await control.expectOk({ type: 'chat.send', channel: 'team:washington', text: 'Still there?' });

    const view = await client.reconnect();
    expect(view.recipient).toEqual({
      kind: 'team',
      team: 'washington',
      player: washington.playerId,
    });
    expect(view.team?.isLead).toBe(true);
    expect(view.exercise.phase).toBe('decisions');
    expect(view.exercise.turn.current).toBe('cartels');
    // Mexico City decided while Washington was away (what it played stays hidden until the results).
    expect(view.exercise.turn.pending).toEqual(['cartels']);
    const own = view.decisions.filter((decision) => decision.team === 'washington');
    expect(own).toHaveLength(1);
    expect(own[0]?.rationale).toBe('We wait and see.');
    expect(view.chat.map((message) => message.text)).toContain('Still there?');
    await control.waitForView((next) =>
      next.roster.some((entry) => entry.id === washington.playerId && entry.connected),
    );
  });

  it('applies a decision resent with the same id after the reconnect once', async () => {
    const { client } = washington;
    client.disconnect();
    await client.reconnect();
    const again = await client.send({
      id: 'cmd-wash-decide-1',
      type: 'team.submitDecision',
      decision: { kind: 'hold', rationale: 'We wait and see.', statement: 'Washington waits.' },
    });
    expect(again).toMatchObject({
      ok: true,
      data: { commandId: 'cmd-wash-decide-1', duplicate: true },
    });
    expect(decisionsOf('washington')).toHaveLength(1);
  });

  it('applies a chat message resent with the same id after the reconnect once', async () => {
    const { client } = washington;
    const before = server.service.chat(created.exerciseId).length;
    const first = await client.send({
      id: 'cmd-wash-chat-01',
      type: 'chat.send',
      channel: 'team:washington',
      text: 'Back online.',
    });
    expect(first).toMatchObject({ ok: true, data: { duplicate: false } });
    client.disconnect();
    await client.reconnect();
    const again = await client.send({
      id: 'cmd-wash-chat-01',
      type: 'chat.send',
      channel: 'team:washington',
      text: 'Back online.',
    });
    expect(again).toMatchObject({ ok: true, data: { duplicate: true } });
    expect(server.service.chat(created.exerciseId)).toHaveLength(before + 1);
  });

  it('brings a reloaded page (a new socket with the stored token) back to the same seat', async () => {
    washington.client.close();
    const reloaded = await connectPlayer(server.baseUrl, created.exerciseId, washington.token);
    washington = { ...washington, client: reloaded };
    const view = reloaded.view;
    expect(view.recipient).toEqual({
      kind: 'team',
      team: 'washington',
      player: washington.playerId,
    });
    expect(view.team?.id).toBe('washington');
    expect(view.decisions.filter((decision) => decision.team === 'washington')).toHaveLength(1);
    expect(view.chat.map((message) => message.text)).toContain('Back online.');
  });

  it('answers sync with the same view the server pushes', async () => {
    const synced = await washington.client.sync();
    expect(synced.ok).toBe(true);
    if (synced.ok) {
      expect(synced.data.recipient).toEqual(washington.client.view.recipient);
      expect(synced.data.decisions).toEqual(washington.client.view.decisions);
    }
  });
});
