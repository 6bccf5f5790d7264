import {
  buildReport,
  ErrorResponse,
  FACILITATOR_KEY_HEADER,
  Report,
  REPORT_SECTIONS,
  ReportExport,
  reportSectionTitles,
  ReportSharingResponse,
  SEAT_TOKEN_HEADER,
  type CreateExerciseResponse,
  type JoinResponse,
} from '@borderline/shared';
import { createExerciseOverHttp, joinOverHttp } from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { project } from '../../../server/src/projection';
import { rebuildReport } from '../../../server/src/report/rebuild-report';
import { T0, tempDir } from '../../support/exercise-service-harness';
import { FakeClock } from '../../support/fake-clock';
import {
  installedScenarios,
  startInProcessServer,
  type InProcessServer,
} from '../../support/in-process-server';
import { playEndedExercise } from '../../unit/report/support/play-ended-exercise';

/** The report routes: sharing, the report as JSON and Markdown, and the export with the log. */
describe('the report routes', () => {
  const folder = tempDir('borderline-report-routes-');
  const dbFile = `${folder.dir}/report.db`;
  const clock = new FakeClock(T0);
  let server: InProcessServer;
  let created: CreateExerciseResponse;
  let other: CreateExerciseResponse;
  const seats: Record<string, JoinResponse> = {};

  beforeAll(async () => {
    server = await startInProcessServer({ dbFile, clock });
    created = await createExerciseOverHttp(server.baseUrl, { scenarioId: 'us-mexico-2026' });
    other = await createExerciseOverHttp(server.baseUrl, { scenarioId: 'us-mexico-2026' });
    for (const [name, team] of [
      ['Ana', 'washington'],
      ['Bea', 'mexico-city'],
      ['Cruz', 'cartels'],
      ['Eve', null],
    ] as const) {
      seats[name] = await joinOverHttp(server.baseUrl, { joinCode: created.joinCode, name, team });
    }
  });

  afterAll(async () => {
    await server?.close();
    folder.remove();
  });

  const id = () => created.exerciseId;
  const leads = () => ({
    washington: seats['Ana']?.playerId ?? '',
    'mexico-city': seats['Bea']?.playerId ?? '',
    cartels: seats['Cruz']?.playerId ?? '',
  });
  const token = (name: string) => seats[name]?.token ?? '';
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}/api/exercises/${path}`, { headers });
  const asControl = (key = created.facilitatorKey) => ({ [FACILITATOR_KEY_HEADER]: key });
  const asPlayer = (name: string) => ({ [SEAT_TOKEN_HEADER]: token(name) });
  const share = (shared: unknown, headers: Record<string, string> = asControl()) =>
    fetch(`${server.baseUrl}/api/exercises/${id()}/report-sharing`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ shared }),
    });
  const errorOf = async (response: Response) => ErrorResponse.parse(await response.json()).error;
  const facilitatorView = () =>
    project(server.service.projectionInput(id()), { kind: 'facilitator' });

  it('refuses the report before the exercise has ended (409), even to Control', async () => {
    playEndedExercise({
      service: server.service,
      clock,
      exerciseId: id(),
      leads: leads(),
      reflections: {
        [seats['Ana']?.playerId ?? '']: {
          wentWell: 'We agreed fast.',
          toImprove: 'Read the cables.',
        },
        [seats['Eve']?.playerId ?? '']: { takeaway: 'Trust is slow to build.' },
      },
      stopInHotwash: true,
    });
    const response = await get(`${id()}/report`, asControl());
    expect(response.status).toBe(409);
    expect(await errorOf(response)).toEqual({
      code: 'refused',
      message: 'The report is ready once the exercise has ended; it is in its hotwash phase.',
    });
    expect((await get(`${id()}/report.md`, asControl())).status).toBe(409);
    expect((await get(`${id()}/report-export.json`, asControl())).status).toBe(409);
  });

  it('lets Control share the report before the end, which changes nothing yet', async () => {
    const response = await share(true);
    expect(response.status).toBe(200);
    expect(ReportSharingResponse.parse(await response.json())).toEqual({
      shared: true,
      ended: false,
    });
    expect((await get(`${id()}/report`, asPlayer('Ana'))).status).toBe(409);
    expect((await share(false)).status).toBe(200);
    playEndedExercise({
      service: server.service,
      clock,
      exerciseId: id(),
      leads: leads(),
      reflections: {},
      prefix: 'close-',
    });
    expect(server.service.state(id()).ended).toBe(true);
  });

  it('answers 401 without credentials or with wrong ones, and 404 for an unknown exercise', async () => {
    const none = await get(`${id()}/report`);
    expect(none.status).toBe(401);
    expect((await errorOf(none)).message).toContain(SEAT_TOKEN_HEADER);
    expect((await get(`${id()}/report`, asControl(other.facilitatorKey))).status).toBe(401);
    expect((await get(`${id()}/report`, { [SEAT_TOKEN_HEADER]: 'not a token' })).status).toBe(401);
    const unknownSeat = { [SEAT_TOKEN_HEADER]: 'x'.repeat(32) };
    expect((await get(`${id()}/report.md`, unknownSeat)).status).toBe(401);
    const missing = await get('no-such-exercise/report', asControl());
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe('not-found');
    expect((await get('no-such-exercise/report.md')).status).toBe(404);
  });

  it('refuses a player (403) until Control shares the report', async () => {
    for (const path of ['report', 'report.md', 'report-export.json']) {
      const response = await get(`${id()}/${path}`, asPlayer('Bea'));
      expect(response.status, path).toBe(403);
      expect(await errorOf(response)).toEqual({
        code: 'forbidden',
        message: 'Control has not shared this report with the players.',
      });
    }
  });

  it('gives Control the report computed from its own view, never cached', async () => {
    const response = await get(`${id()}/report`, asControl());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const report = Report.parse(await response.json());
    expect(report).toStrictEqual(buildReport(facilitatorView()));
    expect(report.lessons.strengths).toEqual([{ team: 'washington', text: 'We agreed fast.' }]);
    expect(report.lessons.improvements).toEqual([{ team: 'washington', text: 'Read the cables.' }]);
    expect(report.lessons.reflections).toEqual([
      { team: null, stage: 'takeaway', text: 'Trust is slow to build.' },
    ]);
    const released = server.service.state(id()).context.injects.map((r) => r.inject);
    expect(report.timeline.flatMap((m) => m.injects.map((i) => i.id))).toEqual(released);
    expect(report.participation.find((p) => p.name === 'Ana')?.decisions).toBeGreaterThan(0);
  });

  it('serves the Markdown as a download, in English or Spanish', async () => {
    const english = await get(`${id()}/report.md`, asControl());
    expect(english.status).toBe(200);
    expect(english.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(english.headers.get('content-disposition')).toBe(
      `attachment; filename="borderline-report-${id()}.md"`,
    );
    const markdown = await english.text();
    for (const section of REPORT_SECTIONS) {
      expect(markdown).toContain(`\n## ${reportSectionTitles('en')[section]}\n`);
    }
    const spanish = await (await get(`${id()}/report.md?language=es`, asControl())).text();
    expect(spanish).toContain(`\n## ${reportSectionTitles('es').timeline}\n`);
    const french = await get(`${id()}/report.md?language=fr`, asControl());
    expect(french.status).toBe(400);
    expect((await errorOf(french)).message).toBe('query: language: expected "en" or "es"');
  });

  it('exports the full log with the report, which re-imports to the same report', async () => {
    const response = await get(`${id()}/report-export.json`, asControl());
    expect(response.headers.get('content-disposition')).toContain('.json"');
    const json: unknown = await response.json();
    const exported = ReportExport.parse(json);
    expect(exported.exerciseId).toBe(id());
    expect(exported.log.entries).toHaveLength(server.service.projectionInput(id()).log.length);
    expect(exported.report).toStrictEqual(buildReport(facilitatorView()));
    expect(rebuildReport(json, installedScenarios())).toStrictEqual(exported.report);
  });

  it('refuses a sharing change without the key or with a bad body', async () => {
    expect((await share(true, {})).status).toBe(401);
    const bad = await share('yes');
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toEqual({
      code: 'invalid-message',
      message: 'shared: expected "shared": true or false',
    });
    const state = await get(`${id()}/report-sharing`, asControl());
    expect(ReportSharingResponse.parse(await state.json())).toEqual({ shared: false, ended: true });
  });

  it('lets seated players and observers read the report once shared, and stops when unshared', async () => {
    expect(ReportSharingResponse.parse(await (await share(true)).json())).toEqual({
      shared: true,
      ended: true,
    });
    const asBea = await get(`${id()}/report`, asPlayer('Bea'));
    expect(asBea.status).toBe(200);
    expect(Report.parse(await asBea.json())).toStrictEqual(buildReport(facilitatorView()));
    expect((await get(`${id()}/report.md`, asPlayer('Eve'))).status).toBe(200);
    expect((await get(`${id()}/report-export.json`, asPlayer('Cruz'))).status).toBe(200);
    await share(false);
    expect((await get(`${id()}/report`, asPlayer('Bea'))).status).toBe(403);
    await share(true);
  });

  it('keeps the sharing across a restart of the server', async () => {
    await server.close();
    server = await startInProcessServer({ dbFile, clock });
    expect(server.service.reportShared(id())).toBe(true);
    expect((await get(`${id()}/report`, asPlayer('Ana'))).status).toBe(200);
    expect(server.service.reportShared(other.exerciseId)).toBe(false);
  });
});
