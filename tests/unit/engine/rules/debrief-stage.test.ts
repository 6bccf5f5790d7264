import { DEBRIEF_STAGES } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import {
  createExercise,
  replayEvents,
  restoreExercise,
  type PersistedExercise,
} from '../../../../server/src/engine';
import {
  openDebriefStage,
  validateDebriefStage,
} from '../../../../server/src/engine/rules/debrief-stage';
import { createInitialContext } from '../../../../server/src/engine/rules/initial-context';
import { Driver } from '../../../fixtures/engine/driver';
import { fixture } from '../../../fixtures/engine/fixture-scenario';
import { AT, index } from './helpers';

const open = (stage: string) => ({ type: 'facilitator.openDebriefStage' as const, stage, at: AT });

/** An exercise of the fixture in its hotwash (ended early from move 1's decisions). */
const inHotwash = () =>
  new Driver().toDecisions().ok({ type: 'facilitator.endEarly', reason: 'Time' });

describe('the debrief stage rule', () => {
  it('starts every exercise at the first stage', () => {
    expect(createInitialContext(index, { seed: 7 }).debriefStage).toBe('what');
  });

  it('knows the four stages and refuses any other by name', () => {
    for (const stage of DEBRIEF_STAGES) expect(validateDebriefStage(stage)).toBeNull();
    expect(validateDebriefStage('lessons')).toEqual({
      code: 'unknown-debrief-stage',
      message: 'The debrief has no stage "lessons".',
    });
    expect(validateDebriefStage('')?.code).toBe('unknown-debrief-stage');
  });

  it('opens the stage Control names, and changes nothing for an unknown one', () => {
    expect(openDebriefStage(open('meaning'))).toEqual({ debriefStage: 'meaning' });
    expect(openDebriefStage(open('lessons'))).toEqual({});
  });
});

describe('the debrief stage in the machine', () => {
  it('moves forward and back in the hotwash, and is kept when the hotwash closes', () => {
    const driver = inHotwash();
    expect(driver.context.debriefStage).toBe('what');
    driver.ok(open('meaning'));
    expect(driver.context.debriefStage).toBe('meaning');
    driver.ok(open('why'));
    expect(driver.context.debriefStage).toBe('why');
    expect(driver.exercise.controlOpen.openDebriefStage).toBe(true);
    driver.ok({ type: 'facilitator.closeHotwash' });
    expect(driver.context.debriefStage).toBe('why');
    expect(driver.exercise.controlOpen.openDebriefStage).toBe(false);
    expect(driver.refused(open('takeaway')).code).toBe('exercise-ended');
  });

  it('refuses an unknown stage, a stage before the hotwash and while paused, each by its reason', () => {
    const hotwash = inHotwash();
    expect(hotwash.refused(open('lessons'))).toEqual({
      code: 'unknown-debrief-stage',
      message: 'The debrief has no stage "lessons".',
    });
    expect(new Driver().refused(open('why')).code).toBe('not-started');
    expect(new Driver().toDecisions().refused(open('why'))).toEqual({
      code: 'wrong-phase',
      message: 'Opening a stage of the debrief is not possible during the decisions phase.',
    });
    const paused = inHotwash().ok({ type: 'facilitator.pause' });
    expect(paused.exercise.controlOpen.openDebriefStage).toBe(false);
    expect(paused.refused(open('why')).code).toBe('paused');
    paused.ok({ type: 'facilitator.resume' }).ok(open('why'));
    expect(paused.context.debriefStage).toBe('why');
  });

  it('restores a snapshot stored before stages existed at the first stage, and goes on from there', () => {
    const driver = inHotwash();
    const saved = JSON.parse(JSON.stringify(driver.exercise.persist())) as PersistedExercise & {
      snapshot: { context: Record<string, unknown> };
    };
    delete saved.snapshot.context.debriefStage;
    const restored = restoreExercise(fixture, saved);
    expect(restored.context.debriefStage).toBe('what');
    expect(restored.controlOpen.openDebriefStage).toBe(true);
    expect(restored.send({ ...open('takeaway'), at: driver.at + 1000 })).toEqual({ ok: true });
    expect(restored.context.debriefStage).toBe('takeaway');
  });

  it('is rebuilt by replaying the log, and kept by a snapshot', () => {
    const driver = inHotwash().ok(open('meaning'));
    const replayed = createExercise(fixture, driver.input);
    replayEvents(replayed, driver.accepted);
    expect(replayed.context.debriefStage).toBe('meaning');
    expect(restoreExercise(fixture, driver.exercise.persist()).context.debriefStage).toBe(
      'meaning',
    );
  });
});
