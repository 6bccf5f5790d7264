import type { ControlNextStep, ControlOpen, Scenario } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import {
  Exercise,
  teamTurnState,
  indexScenario,
  type ExerciseEvent,
} from '../../../server/src/engine';
import { project } from '../../../server/src/projection';
import { makeFixture } from '../../fixtures/engine/fixture-scenario';
import { reachableStates, type ReachedState } from '../../fixtures/engine/reachable-states';
import { inputOf } from './synthetic-state';

const VARIANTS: [string, Scenario][] = [
  ['sequential, with a practice move', makeFixture()],
  ['simultaneous, no practice move', makeFixture({ practice: false, simultaneous: true })],
];

/** The state's desk as Control's view carries it. */
function deskOf({ exercise }: ReachedState) {
  const input = {
    ...inputOf(exercise.context, exercise.tags, exercise.scenario),
    controlOpen: exercise.controlOpen,
  };
  const desk = project(input, { kind: 'facilitator' }).control;
  if (desk === null) throw new Error("expected Control's desk");
  return desk;
}

/** Sends the event to a copy of the state: whether the machine takes it, and the copy after. */
function trySend(state: ReachedState, event: ExerciseEvent): { ok: boolean; after: Exercise } {
  const copy = Exercise.restore(state.exercise.scenario, state.exercise.persist());
  return { ok: copy.send(event).ok, after: copy };
}

/** Where each step says the button leads, checked against the state the machine went to. */
function leadsWhereItSays(step: ControlNextStep, after: Exercise): void {
  const { phase, move } = after.context;
  switch (step.kind) {
    case 'open-first-move':
    case 'open-next-move':
      expect([phase, move]).toEqual(['injects', step.move]);
      return;
    case 'open-deliberation':
      expect(phase).toBe('deliberation');
      return;
    case 'open-decisions':
      expect(phase).toBe('decisions');
      return;
    case 'open-dilemma':
      expect([phase, after.context.ending?.dilemma?.team]).toEqual(['dilemma', step.team]);
      return;
    case 'open-hotwash':
      expect(phase).toBe('hotwash');
      return;
    case 'publish-results':
    case 'blocked':
      throw new Error(`a ${step.kind} step was taken by advancing`);
  }
}

describe.each(VARIANTS)("Control's desk agrees with the machine (%s)", (_name, scenario) => {
  const states = reachableStates(scenario);
  const track = scenario.tracks[0];

  it('reaches every phase', () => {
    const phases = new Set(states.map((state) => state.exercise.phase));
    expect(phases.size).toBe(10);
    expect(states.some((state) => state.exercise.isPaused)).toBe(true);
  });

  it('opens the primary button exactly when the machine takes its command, and it leads where it says', () => {
    let published = 0;
    for (const state of states) {
      const { nextStep, open } = deskOf(state);
      const at = state.at + 1000;
      const publish = trySend(state, { type: 'facilitator.publishAdjudication', at });
      const advance = trySend(state, { type: 'facilitator.advance', at });
      const path = state.path.join(' > ');
      expect([open.publish, open.advance], path).toEqual([publish.ok, advance.ok]);
      expect(nextStep.kind !== 'blocked', path).toBe(publish.ok || advance.ok);
      if (publish.ok) {
        published += 1;
        expect(nextStep, path).toEqual({
          kind: 'publish-results',
          move: state.exercise.context.move,
        });
        expect(publish.after.phase).toBe('results');
      } else if (advance.ok) leadsWhereItSays(nextStep, advance.after);
    }
    expect(published).toBeGreaterThan(0);
  });

  it('opens each of Control’s other commands exactly when the machine takes it', () => {
    const commands: Record<
      Exclude<keyof ControlOpen, 'advance' | 'publish'>,
      (at: number) => ExerciseEvent
    > = {
      skipPractice: (at) => ({ type: 'facilitator.skipPractice', at }),
      addNarrative: (at) => ({ type: 'facilitator.addNarrative', text: 'A note', at }),
      overrideTrack: (at) => ({
        type: 'facilitator.overrideTrack',
        track: track?.id ?? '',
        value: track?.min ?? 0,
        reason: 'Adjudicated',
        at,
      }),
      endEarly: (at) => ({ type: 'facilitator.endEarly', reason: 'Out of time', at }),
      openDebriefStage: (at) => ({ type: 'facilitator.openDebriefStage', stage: 'meaning', at }),
    };
    for (const state of states) {
      const { open } = deskOf(state);
      for (const [name, command] of Object.entries(commands)) {
        const { ok } = trySend(state, command(state.at + 1000));
        expect(open[name as keyof ControlOpen], `${name} after ${state.path.join(' > ')}`).toBe(ok);
      }
    }
  });

  it('says a team is deciding exactly when the machine takes its decision', () => {
    const index = indexScenario(scenario);
    for (const state of states) {
      for (const team of index.turnOrder) {
        const turn = teamTurnState(index, state.exercise.context, team);
        const { ok } = trySend(state, {
          type: 'team.submitDecision',
          team,
          decision: { kind: 'hold' },
          at: state.at + 1000,
        });
        // While paused the turn stands but the decision waits for the resume.
        const open = turn === 'deciding' && !state.exercise.isPaused;
        expect(open, `${team} after ${state.path.join(' > ')}`).toBe(ok);
      }
    }
  });
});

describe("Control's next step, by the exercise's format", () => {
  const scenario = makeFixture();
  const briefing = (skipPractice: boolean) =>
    reachableStates(scenario).find(
      (state) =>
        state.exercise.phase === 'briefing' &&
        !state.exercise.isPaused &&
        (state.exercise.context.config.skipPractice === true) === skipPractice,
    );

  it('opens the practice move after the briefing, or move 1 once practice is skipped', () => {
    const withPractice = briefing(false);
    const skipped = briefing(true);
    if (withPractice === undefined || skipped === undefined) throw new Error('expected briefings');
    expect(deskOf(withPractice).nextStep).toEqual({
      kind: 'open-first-move',
      move: 0,
      practice: true,
    });
    expect(deskOf(skipped).nextStep).toEqual({ kind: 'open-first-move', move: 1, practice: false });
  });
});
