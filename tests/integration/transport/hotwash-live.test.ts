import type { CreateExerciseResponse } from '@borderline/shared';
import {
  projectorSeatOverHttp,
  reportOverHttp,
  setReportSharingOverHttp,
  type HeadlessClient,
} from '@borderline/shared/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InProcessServer } from '../../support/in-process-server';
import { openSocketExercise, type SocketExercise } from '../../support/socket-exercise';
import type { SeatedPlayer } from '../../support/socket-table';

/** Control leads the hotwash over real sockets: the stage and the report's sharing reach every screen. */
describe('the hotwash led by Control, over sockets', () => {
  let exercise: SocketExercise;
  let server: InProcessServer;
  let created: CreateExerciseResponse;
  let control: HeadlessClient;
  let ana: SeatedPlayer;
  let projector: HeadlessClient;

  beforeAll(async () => {
    exercise = await openSocketExercise({ seed: 5 });
    ({ server, created, control } = exercise);
    ana = await exercise.seat('Ana', 'washington');
    const seat = await projectorSeatOverHttp(
      server.baseUrl,
      created.exerciseId,
      created.facilitatorKey,
    );
    projector = await exercise.connect(seat.token);
  });

  afterAll(() => exercise?.close());

  it('refuses a stage before the hotwash, by its reason', async () => {
    const early = await control.send({ type: 'facilitator.openDebriefStage', stage: 'why' });
    expect(early).toMatchObject({ ok: false, error: { code: 'refused', reason: 'not-started' } });
    await control.expectOk({ type: 'facilitator.start' });
    const briefing = await control.send({ type: 'facilitator.openDebriefStage', stage: 'why' });
    expect(briefing).toMatchObject({
      ok: false,
      error: { code: 'refused', reason: 'wrong-phase' },
    });
  });

  it('opens each stage on the player’s and the projector’s screens as Control opens it', async () => {
    await control.expectOk({ type: 'facilitator.endEarly', reason: 'Out of time.' });
    for (const client of [control, ana.client, projector]) {
      const view = await client.waitForView((next) => next.exercise.phase === 'hotwash');
      expect(view.exercise.debriefStage).toBe('what');
    }
    for (const stage of ['why', 'meaning', 'what', 'takeaway'] as const) {
      await control.expectOk({ type: 'facilitator.openDebriefStage', stage });
      const seen = await ana.client.waitForView((view) => view.exercise.debriefStage === stage);
      expect(seen.recipient).toMatchObject({ kind: 'team', team: 'washington' });
      const shown = await projector.waitForView((view) => view.exercise.debriefStage === stage);
      expect(shown.recipient.kind).toBe('observer');
    }
    expect(server.service.state(created.exerciseId).context.debriefStage).toBe('takeaway');
  });

  it('refuses an unknown stage and a player’s attempt, each with its code', async () => {
    const unknown = await control.send({ type: 'facilitator.openDebriefStage', stage: 'lessons' });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'refused', reason: 'unknown-debrief-stage' },
    });
    const player = await ana.client.send({ type: 'facilitator.openDebriefStage', stage: 'why' });
    expect(player).toMatchObject({
      ok: false,
      error: { code: 'forbidden', reason: 'facilitator-only' },
    });
    expect(server.service.state(created.exerciseId).context.debriefStage).toBe('takeaway');
  });

  it('tells the player live when Control shares the report, and the report then opens', async () => {
    await control.expectOk({ type: 'facilitator.closeHotwash' });
    const ended = await ana.client.waitForView((view) => view.exercise.ended);
    expect(ended.exercise).toMatchObject({ reportShared: false, reportReadable: false });
    const { exerciseId, facilitatorKey } = created;
    await setReportSharingOverHttp(server.baseUrl, exerciseId, facilitatorKey, true);
    const shared = await ana.client.waitForView((view) => view.exercise.reportReadable);
    expect(shared.exercise.reportShared).toBe(true);
    const report = await reportOverHttp(server.baseUrl, exerciseId, {
      role: 'player',
      token: ana.token,
    });
    expect(report.overview.exerciseId).toBe(exerciseId);
    await setReportSharingOverHttp(server.baseUrl, exerciseId, facilitatorKey, false);
    await ana.client.waitForView((view) => !view.exercise.reportReadable);
    // The stage Control left the debrief at stays with the ended exercise.
    expect(ana.client.view.exercise.debriefStage).toBe('takeaway');
  });
});
