import { ExerciseSummaryResponse, FACILITATOR_KEY_HEADER } from '@borderline/shared';
import { ReportDataResponse } from '@borderline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../../support/in-process-server';
import { HeadlessClient } from '@borderline/shared/client';
import { scenarioKey, type StaticFrame, type ViewFrame } from '@borderline/shared';
import { project } from '../../../server/src/projection';
import { playFullExercise, type GameRecord } from '../../support/play-full-exercise';
import {
  closeFullTable,
  seatFullTable,
  TEAM_IDS,
  type FullTable,
} from '../../support/socket-table';

/**
 * One whole exercise of the first scenario over real sockets: Control, three
 * teams of two players and an observer, from the lobby to the end.
 */
describe('a full exercise over sockets', () => {
  let server: InProcessServer;
  let table: FullTable;
  let game: GameRecord;

  beforeAll(async () => {
    server = await startInProcessServer({ rateLimits: UNLIMITED });
    table = await seatFullTable(server.baseUrl, { settings: { seed: 5 } });
    game = await playFullExercise(table);
  }, 60_000);

  afterAll(async () => {
    closeFullTable(table);
    await server?.close();
  });

  it('goes through every phase to the end', () => {
    for (const phase of [
      'lobby',
      'briefing',
      'injects',
      'deliberation',
      'decisions',
      'adjudication',
      'results',
      'hotwash',
      'ended',
    ]) {
      expect(game.phases).toContain(phase);
    }
    expect(game.final.exercise.ended).toBe(true);
    expect(game.final.ending).not.toBeNull();
  });

  it('brings every client’s view to the end', async () => {
    const views = await Promise.all(
      table.everyone.map((client) => client.waitForView((view) => view.exercise.phase === 'ended')),
    );
    expect(views).toHaveLength(8);
    for (const view of views) expect(view.exercise.ended).toBe(true);
  });

  it('rebuilt, from whole views and patches, exactly the view the projection gives each client', async () => {
    const exerciseId = table.created.exerciseId;
    await Promise.all(
      table.everyone.map((client) => client.waitForView((view) => view.exercise.phase === 'ended')),
    );
    for (const client of table.everyone) {
      const held = client.view;
      const input = {
        ...server.service.projectionInput(exerciseId),
        now: held.exercise.serverTime ?? 0,
      };
      expect(held).toEqual(project(input, held.recipient));
      expect(client.gaps).toEqual([]);
    }
  });

  it('sends the scenario’s static face only to a client that does not hold its version', async () => {
    const auth = {
      exerciseId: table.created.exerciseId,
      role: 'facilitator' as const,
      key: table.created.facilitatorKey,
    };
    const fresh = await HeadlessClient.connect({
      baseUrl: server.baseUrl,
      auth,
      capture: true,
      freshScenarioCache: true,
    });
    const holder = await HeadlessClient.connect({ baseUrl: server.baseUrl, auth, capture: true });
    try {
      const firstFrame = (client: HeadlessClient) =>
        client.received.find((payload) => payload.event === 'view')?.payload as ViewFrame;
      const faces = (client: HeadlessClient) =>
        client.received
          .filter((payload) => payload.event === 'static')
          .map((payload) => (payload.payload as StaticFrame).key);
      // The faces come on their own, before the view that leaves them out.
      const version = scenarioKey('us-mexico-2026', firstFrame(fresh).view.scenario.version);
      expect(faces(fresh)).toEqual([version, `${version}#desk`]);
      expect(fresh.received.findIndex((payload) => payload.event === 'static')).toBeLessThan(
        fresh.received.findIndex((payload) => payload.event === 'view'),
      );
      expect(firstFrame(fresh).scenario).toBeNull();
      expect(faces(holder)).toEqual([]);
      expect(firstFrame(holder).scenario).toBeNull();
      expect(fresh.view.control?.injectDeck.length).toBeGreaterThan(10);
      // Both rebuild the same whole view.
      expect(holder.view.scenario).toEqual(fresh.view.scenario);
    } finally {
      fresh.close();
      holder.close();
    }
  });

  it('had each lead submit for its team every move, with cards from its own hand', () => {
    const moves = new Set(game.decisions.map((decision) => decision.move));
    expect(moves.size).toBeGreaterThanOrEqual(5);
    for (const move of moves) {
      const teams = game.decisions.filter((decision) => decision.move === move).map((d) => d.team);
      expect(teams.sort()).toEqual([...TEAM_IDS].sort());
    }
    for (const team of TEAM_IDS) {
      const played = game.decisions.filter((d) => d.team === team && d.kind === 'actions');
      expect(played.length, `${team} played no cards`).toBeGreaterThan(0);
    }
    expect(game.decisions.some((decision) => decision.kind === 'freeform')).toBe(true);
  });

  it('refused a non-lead’s submission with not-lead', () => {
    expect(game.notLead).toMatchObject({ ok: false, error: { code: 'not-lead' } });
    if (game.notLead?.ok === false) expect(game.notLead.error.message).toMatch(/lead/);
  });

  it('kept the chat, stamped with move and phase, for those who may read it', () => {
    const [lead, member] = table.teams.washington;
    const chat = lead.client.view.chat;
    const ownRoom = chat.filter((message) => message.channel === 'team:washington');
    expect(ownRoom.length).toBe(game.chatSent['team:washington']);
    expect(ownRoom.every((message) => message.phase === 'deliberation')).toBe(true);
    expect(new Set(ownRoom.map((message) => message.move)).size).toBeGreaterThanOrEqual(5);
    expect(ownRoom[0]?.sender).toBe(member.playerId);
    expect(ownRoom[0]?.senderName).toBe(member.name);
    const line = chat.filter((message) => message.channel === 'channel:washington-mexico-city');
    expect(line.length).toBe(game.chatSent['channel:washington-mexico-city']);
    expect(chat.some((message) => message.channel === 'team:cartels')).toBe(false);
    const cartelsChat = table.teams.cartels[0].client.view.chat;
    expect(cartelsChat.some((m) => m.channel === 'channel:washington-mexico-city')).toBe(false);
    const observerChannels = new Set(table.observer.client.view.chat.map((m) => m.channel));
    expect([...observerChannels]).toEqual(['broadcast']);
    const all = table.facilitator.view.chat.length;
    const sent = Object.values(game.chatSent).reduce((sum, count) => sum + count, 0);
    expect(all).toBe(sent);
  });

  it('pushed chat messages as they happened, and patches without a gap', () => {
    const member = table.teams['mexico-city'][1].client;
    expect(member.chat.length).toBeGreaterThan(0);
    expect(member.gaps).toEqual([]);
  });

  it('kept every reflection, each for its writer and Control', () => {
    expect(game.reflections).toBe(7);
    expect(table.facilitator.view.reflections).toHaveLength(7);
    const [lead] = table.teams.cartels;
    expect(lead.client.view.reflections.map((reflection) => reflection.player)).toEqual([
      lead.playerId,
    ]);
    expect(table.observer.client.view.reflections).toHaveLength(1);
  });

  it('keeps the ended exercise readable for the report', async () => {
    const headers = { [FACILITATOR_KEY_HEADER]: table.created.facilitatorKey };
    const summary = await fetch(`${server.baseUrl}/api/exercises/${table.created.exerciseId}`, {
      headers,
    });
    expect(summary.status).toBe(200);
    const body = ExerciseSummaryResponse.parse(await summary.json());
    expect(body.status).toBe('ended');
    expect(body.phase).toBe('ended');
    const report = await fetch(
      `${server.baseUrl}/api/exercises/${table.created.exerciseId}/report-data`,
      { headers },
    );
    expect(report.status).toBe(200);
    const data = ReportDataResponse.parse(await report.json());
    expect(data.view.recipient).toEqual({ kind: 'facilitator' });
    expect(data.view.exercise.phase).toBe('ended');
    expect(data.view.decisions.length).toBe(game.decisions.length);
  });

  it('logs each connection with its exercise, and never a key or a token', () => {
    const connections = server.logs.filter((line) => line['msg'] === 'socket connected');
    expect(connections.length).toBeGreaterThanOrEqual(8);
    expect(connections.every((line) => line['exerciseId'] === table.created.exerciseId)).toBe(true);
    const text = server.logText();
    expect(text).not.toContain(table.created.facilitatorKey);
    const players = [...TEAM_IDS.flatMap((team) => table.teams[team]), table.observer];
    for (const player of players) expect(text).not.toContain(player.token);
  });
});
