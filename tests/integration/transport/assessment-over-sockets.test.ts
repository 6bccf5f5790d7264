import {
  ErrorResponse,
  FACILITATOR_KEY_HEADER,
  SEAT_TOKEN_HEADER,
  type CreateExerciseResponse,
  type TeamRating,
} from '@borderline/shared';
import { createExerciseOverHttp, type HeadlessClient } from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/exercise-service-harness';
import {
  startInProcessServer,
  UNLIMITED,
  type InProcessServer,
} from '../../support/in-process-server';
import { connectFacilitator, seatPlayer, type SeatedPlayer } from '../../support/socket-table';

const NOTE = 'Offered the command centres instead of troops: a planned counter-offer.';
const OBJECTIVES = 4;

/**
 * Control rates the teams on the rubric over real sockets, during the play
 * and after its end; the ratings survive a restart, never reach a player,
 * and the grades export over HTTP carries them, one row per student and
 * objective, with formulas neutralised.
 */
describe('Control’s ratings and the grades, over sockets and HTTP', () => {
  const folder = tempDir('borderline-assessment-');
  const dbFile = `${folder.dir}/assessment.db`;
  let server: InProcessServer;
  let created: CreateExerciseResponse;
  let control: HeadlessClient;
  let ana: SeatedPlayer;
  let bea: SeatedPlayer;
  let mallory: SeatedPlayer;
  const clients: HeadlessClient[] = [];

  beforeAll(async () => {
    server = await startInProcessServer({ dbFile, rateLimits: UNLIMITED });
    created = await createExerciseOverHttp(server.baseUrl, {
      scenarioId: 'us-mexico-2026',
      settings: { seed: 5 },
    });
    control = await connectFacilitator(server.baseUrl, created);
    ana = await seatPlayer(server.baseUrl, created, 'Ana', 'washington', { capture: true });
    bea = await seatPlayer(server.baseUrl, created, 'Bea', 'mexico-city', { capture: true });
    mallory = await seatPlayer(server.baseUrl, created, '=HYPERLINK("x","y")', 'cartels');
    clients.push(control, ana.client, bea.client, mallory.client);
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.close();
    folder.remove();
  });

  const rate = (fields: { team: string; objective: string; level: string | null; note?: string }) =>
    control.send({ type: 'assessment.rateTeam', ...fields });
  const ratingsOf = (view: { control: { ratings: TeamRating[] } | null }) =>
    view.control?.ratings ?? [];
  const grades = (headers: Record<string, string>, language = 'en') =>
    fetch(`${server.baseUrl}/api/exercises/${created.exerciseId}/grades.csv?language=${language}`, {
      headers,
    });
  const asControl = () => ({ [FACILITATOR_KEY_HEADER]: created.facilitatorKey });

  it('refuses a rating before the start, from a player, and on what the rubric lacks', async () => {
    expect(
      await rate({ team: 'washington', objective: 'securitization', level: 'proficient' }),
    ).toMatchObject({ ok: false, error: { code: 'refused', reason: 'not-started' } });
    await control.expectOk({ type: 'facilitator.start' });
    const byPlayer = await ana.client.send({
      type: 'assessment.rateTeam',
      team: 'washington',
      objective: 'securitization',
      level: 'exemplary',
    });
    expect(byPlayer).toMatchObject({
      ok: false,
      error: { code: 'forbidden', reason: 'facilitator-only' },
    });
    expect(
      await rate({ team: 'washington', objective: 'securitization', level: 'outstanding' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found', reason: 'unknown-rubric-level' } });
    expect(
      await rate({ team: 'washington', objective: 'deterrence', level: 'proficient' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found', reason: 'unknown-objective' } });
    expect(
      await rate({ team: 'atlantis', objective: 'securitization', level: 'proficient' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found', reason: 'unknown-team' } });
    const malformed = await control.send({
      type: 'assessment.rateTeam',
      team: 'washington',
      objective: 'securitization',
      level: 3,
    } as never);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('shows a rating and its note to Control during the play, and never to a player', async () => {
    await control.expectOk({
      type: 'assessment.rateTeam',
      team: 'mexico-city',
      objective: 'cooperation-under-pressure',
      level: 'proficient',
      note: `  ${NOTE}  `,
    });
    const view = await control.waitForView((next) => ratingsOf(next).length === 1);
    expect(ratingsOf(view)).toEqual([
      {
        team: 'mexico-city',
        objective: 'cooperation-under-pressure',
        level: 'proficient',
        note: NOTE,
        at: expect.any(Number) as number,
      },
    ]);
    expect(view.control?.rubrics.map((rubric) => rubric.objective)).toHaveLength(OBJECTIVES);
    // A later change reaches every screen: by then the players have had every frame before it.
    await control.expectOk({ type: 'facilitator.addNarrative', text: 'The talks go on.' });
    for (const player of [ana, bea]) {
      await player.client.waitForView((next) =>
        next.narrative.some((entry) => entry.text === 'The talks go on.'),
      );
      const wire = JSON.stringify(player.client.received);
      expect(wire).not.toContain(NOTE.slice(0, 30));
      expect(wire).not.toContain('cooperation-under-pressure","level');
      expect(player.client.view.control).toBeNull();
    }
  });

  it('takes a rating after the end, replaces the earlier one, and withdraws one', async () => {
    await control.expectOk({ type: 'facilitator.endEarly', reason: 'Out of time.' });
    await ana.client.waitForView((view) => view.exercise.phase === 'hotwash');
    await ana.client.expectOk({
      type: 'player.submitReflection',
      answers: { takeaway: 'Talk earlier.' },
    });
    await control.expectOk({ type: 'facilitator.closeHotwash' });
    await control.waitForView((view) => view.exercise.ended);
    await control.expectOk({
      type: 'assessment.rateTeam',
      team: 'washington',
      objective: 'securitization',
      level: 'exemplary',
    });
    await control.expectOk({
      type: 'assessment.rateTeam',
      team: 'washington',
      objective: 'securitization',
      level: 'developing',
      note: 'Read the designations as labels at first.',
    });
    await control.expectOk({
      type: 'assessment.rateTeam',
      team: 'cartels',
      objective: 'escalation-awareness',
      level: 'beginning',
    });
    await control.expectOk({
      type: 'assessment.rateTeam',
      team: 'cartels',
      objective: 'escalation-awareness',
      level: null,
    });
    const view = await control.waitForView((next) => ratingsOf(next).length === 2);
    expect(ratingsOf(view).map(({ team, objective, level }) => [team, objective, level])).toEqual([
      ['washington', 'securitization', 'developing'],
      ['mexico-city', 'cooperation-under-pressure', 'proficient'],
    ]);
  });

  it('exports the grades to Control only: a row per student and objective, formulas neutralised', async () => {
    const refusedToPlayer = await grades({ [SEAT_TOKEN_HEADER]: ana.token });
    expect(refusedToPlayer.status).toBe(401);
    expect(ErrorResponse.safeParse(await refusedToPlayer.json()).success).toBe(true);
    expect((await grades({ [FACILITATOR_KEY_HEADER]: 'not-the-key-000000000000' })).status).toBe(
      401,
    );

    const response = await grades(asControl());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toContain(
      `borderline-grades-${created.exerciseId}.csv`,
    );
    const csv = await response.text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Student,Team,Learning objective,Rubric level,Rubric level name,Knowledge check before,Knowledge check after,Reflection submitted',
    );
    expect(lines).toHaveLength(1 + 3 * OBJECTIVES);
    const anaRows = lines.filter((line) => line.startsWith('Ana,'));
    expect(anaRows).toHaveLength(OBJECTIVES);
    expect(anaRows[0]).toMatch(/^Ana,Washington,"?Explain how .*,2,Developing,,,yes$/);
    expect(anaRows.slice(1).every((line) => line.endsWith(',,,,,yes'))).toBe(true);
    const beaRows = lines.filter((line) => line.startsWith('Bea,'));
    expect(beaRows[2]).toMatch(/,3,Proficient,,,no$/);
    // The name a spreadsheet would run as a formula is text, quoted for its quotes and comma.
    expect(lines.filter((line) => line.startsWith(`"'=HYPERLINK(""x"",""y"")",`))).toHaveLength(
      OBJECTIVES,
    );

    const spanish = await (await grades(asControl(), 'es')).text();
    expect(spanish).toContain('Estudiante,Equipo,Objetivo de aprendizaje');
    expect(spanish).toContain(',2,En desarrollo,,,sí');
  });

  it('keeps the ratings through a restart of the server', async () => {
    for (const client of clients.splice(0)) client.close();
    await server.close();
    server = await startInProcessServer({ dbFile, rateLimits: UNLIMITED });
    control = await connectFacilitator(server.baseUrl, created);
    clients.push(control);
    expect(
      ratingsOf(control.view).map(({ team, objective, level, note }) => [
        team,
        objective,
        level,
        note,
      ]),
    ).toEqual([
      ['washington', 'securitization', 'developing', 'Read the designations as labels at first.'],
      ['mexico-city', 'cooperation-under-pressure', 'proficient', NOTE],
    ]);
  });
});
