import {
  CreateExerciseResponse,
  ErrorResponse,
  ExerciseSummaryResponse,
  FACILITATOR_KEY_HEADER,
  JoinInfoResponse,
  JoinResponse,
  RATE_LIMITS,
  ReportDataResponse,
} from '@borderline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcessServer, type InProcessServer } from '../../support/in-process-server';

async function post(baseUrl: string, route: string, body: unknown): Promise<Response> {
  return fetch(`${baseUrl}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ErrorResponse.parse(await response.json()).error;
}

describe('the exercise routes', () => {
  let server: InProcessServer;
  let created: CreateExerciseResponse;

  beforeAll(async () => {
    server = await startInProcessServer();
    const response = await post(server.baseUrl, '/api/exercises', {
      scenarioId: 'us-mexico-2026',
      settings: { seed: 7, skipPractice: true, timing: { decisionMinutes: 4 } },
    });
    expect(response.status).toBe(201);
    created = CreateExerciseResponse.parse(await response.json());
  });

  afterAll(async () => {
    await server?.close();
  });

  const url = (route: string) => `${server.baseUrl}${route}`;
  const join = (body: unknown) => post(server.baseUrl, '/api/join', body);
  const withKey = (key: string) => ({ headers: { [FACILITATOR_KEY_HEADER]: key } });

  describe('POST /api/exercises', () => {
    it('creates an exercise: a join code, a separate key, and links from the Host header', () => {
      expect(created.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
      expect(created.facilitatorKey).not.toContain(created.joinCode);
      expect(created.joinUrl).toBe(`${server.baseUrl}/join/${created.joinCode}`);
      expect(created.facilitatorUrl).toBe(
        `${server.baseUrl}/control/${created.exerciseId}#key=${created.facilitatorKey}`,
      );
      const state = server.service.state(created.exerciseId);
      expect(state.settings).toEqual({ skipPractice: true, timing: { decisionMinutes: 4 } });
    });

    it('refuses an invalid body and says where', async () => {
      const response = await post(server.baseUrl, '/api/exercises', {
        scenarioId: 'us-mexico-2026',
        settings: { skipPractice: 'yes' },
      });
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('invalid-message');
      expect(error.message).toMatch(/^settings\.skipPractice: /);
    });

    it('refuses an unknown field and names it', async () => {
      const response = await post(server.baseUrl, '/api/exercises', {
        scenarioId: 'us-mexico-2026',
        teams: 3,
      });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).message).toContain('unexpected field "teams"');
    });

    it('refuses a body that is not JSON', async () => {
      const response = await post(server.baseUrl, '/api/exercises', '{"scenarioId": ');
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('invalid-message');
    });

    it('answers 404 for an unknown scenario, listing those it has', async () => {
      const response = await post(server.baseUrl, '/api/exercises', { scenarioId: 'atlantis' });
      expect(response.status).toBe(404);
      const error = await errorOf(response);
      expect(error).toEqual({
        code: 'not-found',
        message: expect.stringContaining('us-mexico-2026') as string,
        reason: 'unknown-scenario',
      });
      expect(error.message).toContain('"atlantis"');
    });
  });

  describe('joining', () => {
    it('shows the join page the scenario, its teams and who is there', async () => {
      const first = await join({ joinCode: created.joinCode, name: 'Ana', team: 'mexico-city' });
      expect(first.status).toBe(201);
      const response = await fetch(url(`/api/join/${created.joinCode.toLowerCase()}`));
      expect(response.status).toBe(200);
      const info = JoinInfoResponse.parse(await response.json());
      expect(info).toMatchObject({
        exerciseId: created.exerciseId,
        scenarioId: 'us-mexico-2026',
        locked: false,
        started: false,
      });
      expect(info.title).toMatch(/Borderline/);
      expect(info.teams).toEqual([
        { id: 'washington', name: 'Washington', seat: 'empty', players: 0 },
        { id: 'mexico-city', name: expect.any(String) as string, seat: 'human', players: 1 },
        { id: 'cartels', name: expect.any(String) as string, seat: 'empty', players: 0 },
      ]);
    });

    it('answers 404 for a code nobody has', async () => {
      const response = await fetch(url('/api/join/ZZZZZZ'));
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('not-found');
    });

    it('seats a player with a token, the code typed in any case with spaces', async () => {
      const code = ` ${created.joinCode.toLowerCase()} `;
      const response = await join({ joinCode: code, name: '  Bea  ', team: 'washington' });
      expect(response.status).toBe(201);
      const seat = JoinResponse.parse(await response.json());
      expect(seat.exerciseId).toBe(created.exerciseId);
      expect(server.service.player(created.exerciseId, seat.playerId)).toMatchObject({
        name: 'Bea',
        team: 'washington',
        isLead: true,
      });
    });

    it('seats an observer with team null', async () => {
      const response = await join({ joinCode: created.joinCode, name: 'Prof', team: null });
      expect(response.status).toBe(201);
      const seat = JoinResponse.parse(await response.json());
      expect(server.service.recipient(created.exerciseId, seat.playerId).kind).toBe('observer');
    });

    it('refuses a bad code, an unknown team, a taken name and a bad body', async () => {
      const badCode = await join({ joinCode: 'QQQQQQ', name: 'Cy', team: 'cartels' });
      expect(badCode.status).toBe(404);
      expect((await errorOf(badCode)).code).toBe('not-found');

      const malformed = await join({ joinCode: 'O0O0', name: 'Cy', team: 'cartels' });
      expect(malformed.status).toBe(400);
      expect((await errorOf(malformed)).message).toMatch(/^joinCode: expected a join code/);

      const team = await join({ joinCode: created.joinCode, name: 'Cy', team: 'atlantis' });
      expect(team.status).toBe(404);
      expect(await errorOf(team)).toEqual({
        code: 'not-found',
        message: 'This scenario has no team "atlantis".',
        reason: 'unknown-team',
      });

      const taken = await join({ joinCode: created.joinCode, name: 'ANA', team: 'cartels' });
      expect(taken.status).toBe(409);
      const conflict = await errorOf(taken);
      expect(conflict.code).toBe('refused');
      expect(conflict.message).toContain('already called');

      const noName = await join({ joinCode: created.joinCode, name: '   ', team: 'cartels' });
      expect(noName.status).toBe(400);
      expect((await errorOf(noName)).message).toBe('name: expected a name');

      const roster = server.service.roster(created.exerciseId).map((entry) => entry.name);
      expect(roster).toEqual(['Ana', 'Bea', 'Prof']);
    });
  });

  describe('Control', () => {
    it('summarises the exercise for the key’s holder', async () => {
      const response = await fetch(
        url(`/api/exercises/${created.exerciseId}`),
        withKey(created.facilitatorKey),
      );
      expect(response.status).toBe(200);
      const summary = ExerciseSummaryResponse.parse(await response.json());
      expect(summary).toMatchObject({
        exerciseId: created.exerciseId,
        joinCode: created.joinCode,
        status: 'active',
        phase: 'lobby',
        // The practice move is skipped: the exercise waits to start at move 1.
        move: 1,
        locked: false,
        seats: { washington: 'human', 'mexico-city': 'human', cartels: 'empty' },
      });
      expect(summary.roster.map((entry) => entry.name)).toEqual(['Ana', 'Bea', 'Prof']);
    });

    it('refuses the summary without the key, with a wrong key, and for an unknown exercise', async () => {
      const route = url(`/api/exercises/${created.exerciseId}`);
      const none = await fetch(route);
      expect(none.status).toBe(401);
      expect(await errorOf(none)).toEqual({
        code: 'unauthorized',
        message: `Send the facilitator key in the ${FACILITATOR_KEY_HEADER} header.`,
      });
      const wrong = await fetch(route, withKey('A'.repeat(43)));
      expect(wrong.status).toBe(401);
      expect((await errorOf(wrong)).code).toBe('unauthorized');
      const unknown = await fetch(
        url('/api/exercises/no-such-exercise'),
        withKey(created.facilitatorKey),
      );
      expect(unknown.status).toBe(404);
      expect((await errorOf(unknown)).code).toBe('not-found');
    });

    it('answers 423 to a join once the lobby is locked; the join page says so', async () => {
      server.service.setLobbyLocked(created.exerciseId, true);
      const response = await join({ joinCode: created.joinCode, name: 'Dee', team: 'cartels' });
      expect(response.status).toBe(423);
      expect((await errorOf(response)).code).toBe('lobby-locked');
      const info = JoinInfoResponse.parse(
        await (await fetch(url(`/api/join/${created.joinCode}`))).json(),
      );
      expect(info.locked).toBe(true);
      server.service.setLobbyLocked(created.exerciseId, false);
    });

    it('gives the report data: Control’s own view', async () => {
      const response = await fetch(
        url(`/api/exercises/${created.exerciseId}/report-data`),
        withKey(created.facilitatorKey),
      );
      expect(response.status).toBe(200);
      const body = ReportDataResponse.parse(await response.json());
      expect(body.generatedAt).toBeGreaterThan(0);
      expect(body.view.control).not.toBeNull();
      const refused = await fetch(url(`/api/exercises/${created.exerciseId}/report-data`));
      expect(refused.status).toBe(401);
    });

    it('deletes the exercise for the key’s holder only', async () => {
      const route = url(`/api/exercises/${created.exerciseId}`);
      const refused = await fetch(route, { method: 'DELETE' });
      expect(refused.status).toBe(401);
      expect(server.service.exerciseIds()).toContain(created.exerciseId);

      const deleted = await fetch(route, { method: 'DELETE', ...withKey(created.facilitatorKey) });
      expect(deleted.status).toBe(204);
      expect(await deleted.text()).toBe('');
      expect(server.service.exerciseIds()).not.toContain(created.exerciseId);
      const after = await fetch(route, withKey(created.facilitatorKey));
      expect(after.status).toBe(404);
      expect((await fetch(url(`/api/join/${created.joinCode}`))).status).toBe(404);
    });
  });
});

describe('the per-address budgets', () => {
  let server: InProcessServer;

  beforeAll(async () => {
    server = await startInProcessServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it(`answers 429 past ${RATE_LIMITS.http.points} exercises a minute, and creates nothing more`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_LIMITS.http.points; i += 1) {
      const response = await post(server.baseUrl, '/api/exercises', {
        scenarioId: 'us-mexico-2026',
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        const error = await errorOf(response);
        expect(error.code).toBe('rate-limited');
        expect(error.message).toMatch(/retry in \d+ s/);
      } else {
        await response.body?.cancel();
      }
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(RATE_LIMITS.http.points);
    expect(statuses[statuses.length - 1]).toBe(429);
    expect(server.service.exerciseIds()).toHaveLength(RATE_LIMITS.http.points);
  });

  it('keeps a separate budget for joins, with the same limit', async () => {
    const code = server.service.info(server.service.exerciseIds()[0] ?? '').joinCode;
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_LIMITS.http.points; i += 1) {
      const response = await post(server.baseUrl, '/api/join', {
        joinCode: code,
        name: `Player ${i}`,
        team: null,
      });
      statuses.push(response.status);
      await response.body?.cancel();
    }
    expect(statuses.slice(0, -1).every((status) => status === 201)).toBe(true);
    expect(statuses[statuses.length - 1]).toBe(429);
  });
});
