import path from 'node:path';
import {
  ErrorResponse,
  ExerciseSummaryResponse,
  ExerciseViewOutline,
  FACILITATOR_KEY_HEADER,
  ForkExerciseResponse,
  ReportDataResponse,
  ReplaySecretsResponse,
  ReplayTimelineResponse,
  SEAT_TOKEN_HEADER,
  type CreateExerciseResponse,
  type ExerciseView,
} from '@borderline/shared';
import { createExerciseOverHttp } from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayed } from '../../fixtures/engine/replayed';
import { tempDir } from '../../support/exercise-service-harness';
import {
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../../support/in-process-server';
import { playFullExercise } from '../../support/play-full-exercise';
import { freshView } from '../../support/play-full-exercise';
import {
  closeFullTable,
  connectFacilitator,
  seatFullTable,
  seatPlayer,
  type FullTable,
  type SeatedPlayer,
} from '../../support/socket-table';
import { marker } from '../../unit/projection/recorded-game';

/**
 * Replay and fork over HTTP, for a whole exercise of the first scenario
 * played over real sockets (Control, three teams of two, an observer).
 */
describe('the replay and fork routes', () => {
  const folder = tempDir('borderline-replay-');
  const dbFile = path.join(folder.dir, 'replay.db');
  let server: InProcessServer;
  let table: FullTable;
  let created: CreateExerciseResponse;
  let running: CreateExerciseResponse;
  let timeline: ReplayTimelineResponse;

  beforeAll(async () => {
    server = await startInProcessServer({ rateLimits: UNLIMITED, dbFile });
    table = await seatFullTable(server.baseUrl, { settings: { seed: 5 } });
    created = table.created;
    await playFullExercise(table);
    running = await createExerciseOverHttp(server.baseUrl, { scenarioId: 'us-mexico-2026' });
  }, 60_000);

  afterAll(async () => {
    closeFullTable(table);
    await server?.close();
    folder.remove();
  });

  const get = (route: string, key?: string) =>
    fetch(`${server.baseUrl}/api${route}`, {
      headers: key === undefined ? {} : { [FACILITATOR_KEY_HEADER]: key },
    });
  const post = (route: string, body: unknown, key?: string) =>
    fetch(`${server.baseUrl}/api${route}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key === undefined ? {} : { [FACILITATOR_KEY_HEADER]: key }),
      },
      body: JSON.stringify(body),
    });
  const errorOf = async (response: Response) => ErrorResponse.parse(await response.json()).error;
  const viewAt = async (step: number, as: string): Promise<ExerciseView> => {
    const response = await get(
      `/exercises/${created.exerciseId}/replay/${step}?as=${as}`,
      created.facilitatorKey,
    );
    expect(response.status, `step ${step} as ${as}`).toBe(200);
    return ExerciseViewOutline.parse(await response.json());
  };

  describe('refusals', () => {
    it('wants the facilitator key of this exercise', async () => {
      for (const route of ['/replay', '/replay/3']) {
        const none = await get(`/exercises/${created.exerciseId}${route}`);
        expect(none.status).toBe(401);
        expect(await errorOf(none)).toEqual({
          code: 'unauthorized',
          message:
            "Send the facilitator key in the x-facilitator-key header, or a player's seat token in the x-seat-token header.",
        });
        const wrong = await get(`/exercises/${created.exerciseId}${route}`, running.facilitatorKey);
        expect(wrong.status).toBe(401);
        expect((await errorOf(wrong)).code).toBe('unauthorized');
      }
      const fork = await post(`/exercises/${created.exerciseId}/fork`, { move: 1 });
      expect(fork.status).toBe(401);
    });

    it('knows no unknown exercise', async () => {
      const response = await get('/exercises/no-such-exercise/replay', created.facilitatorKey);
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('not-found');
    });

    it('waits for the end of an exercise', async () => {
      for (const response of [
        await get(`/exercises/${running.exerciseId}/replay`, running.facilitatorKey),
        await get(`/exercises/${running.exerciseId}/replay/0`, running.facilitatorKey),
        await post(`/exercises/${running.exerciseId}/fork`, { move: 0 }, running.facilitatorKey),
      ]) {
        expect(response.status).toBe(409);
        expect(await errorOf(response)).toEqual({
          code: 'refused',
          message:
            'This exercise has not ended (it is in move 0, lobby); replay and fork open once Control closes the hotwash.',
          reason: 'exercise-not-ended',
        });
      }
    });

    it('says what a bad step, point of view or move is, and what is accepted', async () => {
      const key = created.facilitatorKey;
      const base = `/exercises/${created.exerciseId}/replay`;
      const cases: [Promise<Response>, RegExp][] = [
        [get(`${base}/first`, key), /^step: expected a step number: 0 or a positive whole number/],
        [get(`${base}/-1`, key), /^step: expected a step number/],
        [
          get(`${base}/100000`, key),
          /^There is no step 100000 in this exercise: its steps go from 0 \(as created\) to \d+\.$/,
        ],
        [
          get(`${base}/1?as=bogota`, key),
          /^"bogota" is not a point of view of this exercise; use "control", "observer" or a team: washington, mexico-city, cartels\.$/,
        ],
        [
          get(`${base}/1?as=Mexico%20City`, key),
          /^query: as: expected "control", "observer" or a team id/,
        ],
        [get(`${base}/1?view=control`, key), /^query: .*view/],
        [
          post(`/exercises/${created.exerciseId}/fork`, { move: 'two' }, key),
          /^move: expected a move number/,
        ],
        [
          post(`/exercises/${created.exerciseId}/fork`, { move: 1.5 }, key),
          /^move: expected a whole move number/,
        ],
        [
          post(`/exercises/${created.exerciseId}/fork`, { move: 9 }, key),
          /^Move 9 was never opened in this exercise, so it cannot be forked from; moves that can: 0, 1, 2/,
        ],
      ];
      for (const [pending, message] of cases) {
        const response = await pending;
        expect(response.status).toBe(400);
        const error = await errorOf(response);
        expect(error.code).toBe('invalid-message');
        expect(error.message).toMatch(message);
      }
    });
  });

  describe('replay', () => {
    beforeAll(async () => {
      const response = await get(`/exercises/${created.exerciseId}/replay`, created.facilitatorKey);
      expect(response.status).toBe(200);
      timeline = ReplayTimelineResponse.parse(await response.json());
    });

    it('lists every step, phase and fork point', () => {
      expect(timeline).toMatchObject({
        exerciseId: created.exerciseId,
        scenarioId: 'us-mexico-2026',
        forkedFrom: null,
        teams: [{ id: 'washington' }, { id: 'mexico-city' }, { id: 'cartels' }],
      });
      const { log } = server.service.projectionInput(created.exerciseId);
      expect(timeline.steps).toHaveLength(log.length + 1);
      expect(timeline.steps[0]).toMatchObject({ index: 0, type: 'created', phase: 'lobby' });
      expect(timeline.steps.at(-1)).toMatchObject({ phase: 'ended' });
      expect(timeline.phases[0]).toMatchObject({ phase: 'lobby', first: 0 });
      expect(timeline.forkPoints.map((point) => point.move).slice(0, 3)).toEqual([0, 1, 2]);
    });

    it('shows at every step the world the log rebuilds', async () => {
      const { context, log, scenario } = server.service.projectionInput(created.exerciseId);
      const input = { seed: context.seed, config: context.config };
      for (const step of timeline.steps) {
        const rebuilt = replayed(scenario, input, log.slice(0, step.index)).context;
        const view = await viewAt(step.index, 'control');
        expect(view.exercise.move).toBe(rebuilt.move);
        expect(view.exercise.phase).toBe(rebuilt.phase);
        expect(view.tracks.current).toEqual(rebuilt.tracks);
        expect(view.decisions.length).toBe(rebuilt.decisions.length);
        expect(view.injects.map((inject) => inject.id)).toEqual(
          rebuilt.injects.map((inject) => inject.inject),
        );
        expect(view.adjudications.length).toBe(rebuilt.adjudications.length);
      }
    });

    it('ends with the live final view', async () => {
      const last = timeline.steps.length - 1;
      const live = await get(
        `/exercises/${created.exerciseId}/report-data`,
        created.facilitatorKey,
      );
      const { view } = ReportDataResponse.parse(await live.json());
      const replayed = await viewAt(last, 'control');
      const same = (v: ExerciseView) => ({
        ...v,
        exercise: { ...v.exercise, serverTime: null },
        // Who is connected now is not part of the history.
        roster: v.roster.map((entry) => ({ ...entry, connected: false })),
      });
      expect(same(replayed)).toEqual(same(view));
    });

    it('hides what a team could not see then', async () => {
      // Mexico City's covert free-form action, just decided.
      const decided = timeline.steps.find(
        (step) =>
          step.type === 'team.submitDecision' && step.team === 'mexico-city' && step.move >= 1,
      );
      expect(decided).toBeDefined();
      const step = decided?.index ?? 0;
      const secret = marker.freeform('mexico-city');
      expect(JSON.stringify(await viewAt(step, 'control'))).toContain(secret);
      expect(JSON.stringify(await viewAt(step, 'mexico-city'))).toContain(secret);
      for (const as of ['washington', 'cartels', 'observer']) {
        const seen = JSON.stringify(await viewAt(step, as));
        expect(seen, as).not.toContain(secret);
        expect(seen, as).not.toContain(marker.rationale('mexico-city'));
        expect(seen, as).not.toContain(marker.draft('mexico-city'));
        expect(seen, as).not.toContain(marker.chat('team:mexico-city'));
      }
      const washington = await viewAt(step, 'washington');
      expect(washington.recipient).toEqual({
        kind: 'team',
        team: 'washington',
        player: 'replay:washington',
      });
      expect(washington.team?.id).toBe('washington');
      expect(washington.control).toBeNull();
    });
  });

  describe('a player’s replay', () => {
    const asPlayer = (route: string, token: string) =>
      fetch(`${server.baseUrl}/api/exercises/${created.exerciseId}${route}`, {
        headers: { [SEAT_TOKEN_HEADER]: token },
      });
    const setSecrets = (revealed: boolean, key: string | null) =>
      fetch(`${server.baseUrl}/api/exercises/${created.exerciseId}/replay-secrets`, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          ...(key === null ? {} : { [FACILITATOR_KEY_HEADER]: key }),
        },
        body: JSON.stringify({ revealed }),
      });
    const mexico = () => table.teams['mexico-city'][0];

    it('opens with the seat token, on the player’s own team and the public picture', async () => {
      const response = await asPlayer('/replay', mexico().token);
      expect(response.status).toBe(200);
      const own = ReplayTimelineResponse.parse(await response.json());
      expect(own).toMatchObject({
        perspectives: ['mexico-city', 'observer'],
        secretsRevealed: false,
      });
      expect(own.steps.map((step) => step.type)).toEqual(timeline.steps.map((step) => step.type));
      const observer = ReplayTimelineResponse.parse(
        await (await asPlayer('/replay', table.observer.token)).json(),
      );
      expect(observer.perspectives).toEqual(['observer']);
      const bad = await asPlayer('/replay', 'x'.repeat(43));
      expect(bad.status).toBe(401);
    });

    it('never sends a player another team’s secrets, at any step', async () => {
      const others = ['washington', 'cartels'].flatMap((team) => [
        marker.rationale(team),
        marker.draft(team),
        marker.chat(`team:${team}`),
      ]);
      for (const step of timeline.steps) {
        const response = await asPlayer(`/replay/${step.index}?as=mexico-city`, mexico().token);
        expect(response.status).toBe(200);
        const seen = JSON.stringify(await response.json());
        expect(
          others.filter((secret) => seen.includes(secret)),
          `step ${step.index}`,
        ).toEqual([]);
      }
    });

    it('refuses another team’s eyes and Control’s, with the reason', async () => {
      const washington = await asPlayer('/replay/3?as=washington', mexico().token);
      expect(washington.status).toBe(403);
      expect(await errorOf(washington)).toMatchObject({
        code: 'forbidden',
        reason: 'perspective-hidden',
      });
      const control = await asPlayer('/replay/3?as=control', mexico().token);
      expect(control.status).toBe(403);
      expect((await errorOf(control)).reason).toBe('facilitator-only');
      const fork = await fetch(`${server.baseUrl}/api/exercises/${created.exerciseId}/fork`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SEAT_TOKEN_HEADER]: mexico().token },
        body: JSON.stringify({ move: 1 }),
      });
      expect(fork.status).toBe(401);
    });

    it('shows any team’s eyes once Control reveals the secrets, and none once hidden again', async () => {
      expect((await setSecrets(true, null)).status).toBe(401);
      const revealed = await setSecrets(true, created.facilitatorKey);
      expect(revealed.status).toBe(200);
      expect(ReplaySecretsResponse.parse(await revealed.json())).toEqual({
        revealed: true,
        ended: true,
      });
      const own = ReplayTimelineResponse.parse(
        await (await asPlayer('/replay', mexico().token)).json(),
      );
      expect(own.perspectives).toEqual(['mexico-city', 'observer', 'washington', 'cartels']);
      const last = timeline.steps.length - 1;
      const washington = await asPlayer(`/replay/${last}?as=washington`, mexico().token);
      expect(washington.status).toBe(200);
      expect(JSON.stringify(await washington.json())).toContain(marker.rationale('washington'));
      expect((await asPlayer(`/replay/${last}?as=control`, mexico().token)).status).toBe(403);

      await setSecrets(false, created.facilitatorKey);
      const read = await get(
        `/exercises/${created.exerciseId}/replay-secrets`,
        created.facilitatorKey,
      );
      expect(ReplaySecretsResponse.parse(await read.json()).revealed).toBe(false);
      expect((await asPlayer(`/replay/${last}?as=washington`, mexico().token)).status).toBe(403);
    });
  });

  describe('fork', () => {
    let forked: ForkExerciseResponse;

    it('starts a new exercise at the opening of the move, with its own code and key', async () => {
      const before = JSON.stringify(server.store.readEvents(created.exerciseId));
      const response = await post(
        `/exercises/${created.exerciseId}/fork`,
        { move: 2 },
        created.facilitatorKey,
      );
      expect(response.status).toBe(201);
      forked = ForkExerciseResponse.parse(await response.json());
      const point = timeline.forkPoints.find((candidate) => candidate.move === 2);
      expect(forked).toMatchObject({
        forkedFrom: { exerciseId: created.exerciseId, move: 2 },
        sharedEvents: point?.step,
        joinUrl: `${server.baseUrl}/join/${forked.joinCode}`,
        facilitatorUrl: `${server.baseUrl}/control/${forked.exerciseId}#key=${forked.facilitatorKey}`,
      });
      expect(forked.exerciseId).not.toBe(created.exerciseId);
      expect(JSON.stringify(server.store.readEvents(created.exerciseId))).toBe(before);

      const summary = await get(`/exercises/${forked.exerciseId}`, forked.facilitatorKey);
      expect(ExerciseSummaryResponse.parse(await summary.json())).toMatchObject({
        status: 'active',
        phase: 'lobby',
        move: 2,
        roster: [],
      });
      const old = await get(`/exercises/${forked.exerciseId}`, created.facilitatorKey);
      expect(old.status).toBe(401);
    });

    it('survives a restart of the server, as does the original', async () => {
      const tracks = server.service.state(forked.exerciseId).context.tracks;
      closeFullTable(table);
      await server.close();
      server = await startInProcessServer({ rateLimits: UNLIMITED, dbFile });
      const summary = await get(`/exercises/${forked.exerciseId}`, forked.facilitatorKey);
      expect(ExerciseSummaryResponse.parse(await summary.json())).toMatchObject({
        phase: 'lobby',
        move: 2,
        joinCode: forked.joinCode,
      });
      expect(server.service.state(forked.exerciseId).context.tracks).toEqual(tracks);
      expect(server.service.forkOrigin(forked.exerciseId)).toEqual(forked.forkedFrom);
      const again = await get(`/exercises/${created.exerciseId}/replay`, created.facilitatorKey);
      expect(ReplayTimelineResponse.parse(await again.json()).steps).toEqual(timeline.steps);
    });

    it('waits in its lobby until every team is seated, then resumes at the forked move', async () => {
      const point = timeline.forkPoints.find((candidate) => candidate.move === 2);
      const atFork = await viewAt(point?.step ?? -1, 'control');
      const control = await connectFacilitator(server.baseUrl, forked);
      const seated: SeatedPlayer[] = [];
      try {
        const lobby = await freshView(control);
        expect(lobby.exercise).toMatchObject({ phase: 'lobby', move: 2, practiceSkippable: false });
        expect(lobby.exercise.tags).toEqual(expect.arrayContaining(['lobby', 'fork-lobby']));
        expect(lobby.control?.open.advance).toBe(false);
        // The forked world, before anybody plays.
        expect(lobby.tracks).toEqual(atFork.tracks);
        expect(lobby.injects.map((inject) => inject.id)).toEqual(
          atFork.injects.map((inject) => inject.id),
        );
        expect(lobby.adjudications).toEqual(atFork.adjudications);

        const advance = await control.send({ type: 'facilitator.advance' });
        expect(advance).toMatchObject({ ok: false, error: { reason: 'not-started' } });
        const early = await control.send({ type: 'facilitator.start' });
        expect(early).toMatchObject({
          ok: false,
          error: {
            code: 'refused',
            reason: 'teams-unseated',
            message:
              'Every team needs a player or a bot before play resumes; nobody plays Washington, Mexico City, The Cartels yet.',
            detail: { teams: ['washington', 'mexico-city', 'cartels'] },
          },
        });

        seated.push(await seatPlayer(server.baseUrl, forked, 'Wes', 'washington'));
        seated.push(await seatPlayer(server.baseUrl, forked, 'Mara', 'mexico-city'));
        const twoOfThree = await control.send({ type: 'facilitator.start' });
        expect(twoOfThree).toMatchObject({ ok: false, error: { reason: 'teams-unseated' } });
        expect((await freshView(control)).exercise.phase).toBe('lobby');

        await control.expectOk({ type: 'lobby.setSeat', team: 'cartels', kind: 'bot' });
        await control.expectOk({ type: 'facilitator.start' });
        const resumed = await freshView(control);
        expect(resumed.exercise).toMatchObject({ phase: 'injects', move: 2 });
        expect(resumed.exercise.tags).not.toContain('fork-lobby');
        expect(resumed.tracks).toEqual(atFork.tracks);
        expect(resumed.decisions).toEqual(atFork.decisions);
        expect(resumed.control?.nextStep.kind).toBe('open-deliberation');
        const wes = await freshView(seated[0]?.client ?? control);
        expect(wes.exercise).toMatchObject({ phase: 'injects', move: 2 });
        expect(wes.team?.id).toBe('washington');
      } finally {
        control.close();
        for (const player of seated) player.client.close();
      }
    });
  });
});
