import type { ExerciseView, Recipient } from '@borderline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseInput, ExerciseLogEntry } from '../../../server/src/engine';
import { ReplayRefusal, type ExerciseReplay } from '../../../server/src/exercises';
import { project } from '../../../server/src/projection';
import { CountingSecrets, makeHarness, type Harness } from '../../support/exercise-service-harness';
import { replayed as replayedFrom } from '../../fixtures/engine/replayed';
import { mark, playOriginal, usMexico, type OriginalGame } from './replay-game';

function refusalOf(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof ReplayRefusal) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a ReplayRefusal, but nothing was thrown');
}

/** A view without the one thing that depends on when it was made. */
const timeless = (view: ExerciseView) => ({
  ...view,
  exercise: { ...view.exercise, serverTime: null },
});

describe('replaying an ended exercise', () => {
  let harness: Harness;
  let game: OriginalGame;
  let replayed: ExerciseReplay;
  let log: readonly ExerciseLogEntry[];
  let input: ExerciseInput;

  beforeAll(() => {
    harness = makeHarness({ scenarios: [usMexico], secrets: new CountingSecrets(2026) });
    game = playOriginal(harness.service, harness.clock, 2030);
    replayed = harness.service.replay(game.exerciseId);
    const source = harness.service.projectionInput(game.exerciseId);
    log = source.log;
    input = { seed: source.context.seed, config: source.context.config };
  });
  afterAll(() => {
    harness.service.stop();
    harness.store.close();
  });

  const viewAt = (step: number, as: string): ExerciseView =>
    project(replayed.inputAt(step), replayed.recipient(as));
  const stepWhere = (phase: string, move: number): number => {
    const span = replayed.phases.find((p) => p.phase === phase && p.move === move);
    if (span === undefined) throw new Error(`the game never reached ${phase} of move ${move}`);
    return span.first;
  };

  it('refuses an exercise that has not ended, saying where it is', () => {
    const { exerciseId } = harness.service.createExercise({ scenarioId: usMexico.id });
    expect(refusalOf(() => harness.service.replay(exerciseId))).toEqual({
      code: 'exercise-not-ended',
      message:
        'This exercise has not ended (it is in move 0, lobby); replay and fork open once Control closes the hotwash.',
    });
  });

  it('has a step for the exercise as created and one per accepted engine event', () => {
    expect(log.length).toBeGreaterThan(40);
    expect(replayed.steps).toHaveLength(log.length + 1);
    expect(replayed.steps[0]).toMatchObject({ index: 0, seq: 0, type: 'created', phase: 'lobby' });
    replayed.steps.slice(1).forEach((step, i) => {
      expect(step.index).toBe(i + 1);
      expect(step.type).toBe(log[i]?.event.type);
      expect(step.at).toBe(log[i]?.at);
    });
    const seqs = replayed.steps.map((step) => step.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(replayed.steps.at(-1)).toMatchObject({
      phase: 'ended',
      type: 'facilitator.closeHotwash',
    });
    const decided = replayed.steps.find((step) => step.type === 'team.submitDecision');
    expect(decided).toMatchObject({ team: 'washington', label: 'Washington decided' });
  });

  it('at every step equals the state the log rebuilds', () => {
    for (let n = 0; n < replayed.steps.length; n += 1) {
      const rebuilt = replayedFrom(usMexico, input, log.slice(0, n));
      const atStep = replayed.inputAt(n);
      expect(atStep.context, `step ${n}`).toEqual(rebuilt.context);
      expect(atStep.tags, `step ${n}`).toEqual(rebuilt.tags);
      expect(atStep.log, `step ${n}`).toEqual(log.slice(0, n));
      expect(replayed.steps[n]).toMatchObject({
        move: rebuilt.context.move,
        phase: rebuilt.context.phase,
      });
    }
  });

  it('ends exactly where the live exercise ended, for every recipient', () => {
    const last = replayed.steps.length - 1;
    const live = harness.service.projectionInput(game.exerciseId);
    expect(replayed.inputAt(last).context).toEqual(live.context);
    const recipients: [string, Recipient][] = [
      ['control', { kind: 'facilitator' }],
      ['observer', { kind: 'observer', player: null }],
      ['cartels', { kind: 'team', team: 'cartels', player: 'replay:cartels' }],
    ];
    for (const [as, recipient] of recipients) {
      expect(timeless(viewAt(last, as))).toEqual(timeless(project(live, recipient)));
    }
  });

  it('lists the phases in order and where each move can be forked from', () => {
    const covered = replayed.phases.flatMap((span) =>
      Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i),
    );
    expect(covered).toEqual(replayed.steps.map((step) => step.index));
    expect(replayed.forkPoints.map((point) => point.move)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const { move, step } of replayed.forkPoints) {
      expect(replayed.steps[step]).toMatchObject({ move, phase: 'injects' });
      expect(replayed.steps[step - 1]?.phase).not.toBe('injects');
    }
  });

  it('shows each team only what it could see at that point', () => {
    // Right after the Cartels (last in order) decided move 2: under review, not published.
    const reviewed = stepWhere('adjudication', 2);
    const control = viewAt(reviewed, 'control');
    const covert = control.decisions
      .filter((d) => d.move === 2 && d.team === 'cartels')
      .flatMap((d) => d.actions.filter((a) => a.visibility === 'covert').map((a) => a.id));
    expect(covert.length).toBeGreaterThan(0);
    const washington = viewAt(reviewed, 'washington');
    expect(washington.recipient).toEqual({
      kind: 'team',
      team: 'washington',
      player: 'replay:washington',
    });
    expect(washington.decisions.some((d) => d.move === 2 && d.team === 'cartels')).toBe(false);
    for (const id of covert) expect(JSON.stringify(washington)).not.toContain(`"${id}"`);
    expect(JSON.stringify(washington)).not.toContain(mark.rationale('mexico-city', 2));
    expect(JSON.stringify(viewAt(reviewed, 'mexico-city'))).toContain(
      mark.rationale('mexico-city', 2),
    );
    expect(JSON.stringify(control)).toContain(mark.rationale('mexico-city', 2));

    // Once published, Washington learns the Cartels decided, not what they did in secret.
    const published = viewAt(stepWhere('results', 2), 'washington');
    const cartels = published.decisions.find((d) => d.move === 2 && d.team === 'cartels');
    expect(cartels).toBeDefined();
    expect(cartels?.rationale).toBeNull();
    for (const action of cartels?.actions ?? []) {
      expect(action.visibility === 'public' || action.revealed).toBe(true);
    }
  });

  it('has the chat and drafts of each moment, each for its readers', () => {
    const talking = stepWhere('deliberation', 2);
    const before = stepWhere('injects', 2);
    const own = JSON.stringify(viewAt(talking, 'washington'));
    expect(own).toContain(mark.chat('team:washington', 2));
    expect(own).toContain(mark.draft('washington', 2));
    const cartels = JSON.stringify(viewAt(talking, 'cartels'));
    expect(cartels).not.toContain(mark.chat('team:washington', 2));
    expect(cartels).not.toContain(mark.chat('line', 2));
    expect(cartels).not.toContain(mark.draft('washington', 2));
    const observer = viewAt(talking, 'observer');
    expect(observer.chat.map((m) => m.text)).toContain(mark.chat('broadcast', 2));
    expect(JSON.stringify(observer)).not.toContain(mark.chat('line', 2));
    for (const as of ['control', 'washington', 'observer']) {
      expect(JSON.stringify(viewAt(before, as))).not.toContain(`,2>`);
    }
    // Washington decided: its draft is no longer in play.
    const decided = replayed.steps.find(
      (s) => s.index > talking && s.type === 'team.submitDecision' && s.team === 'washington',
    );
    expect(viewAt(decided?.index ?? 0, 'washington').drafts).toEqual([]);
  });

  it('has the roster of each moment: nobody before they joined', () => {
    const names = (step: number) => viewAt(step, 'control').roster.map((entry) => entry.name);
    expect(names(0)).toEqual(['Ana', 'Carla', 'Bot (The Cartels)']);
    expect(names(stepWhere('injects', 1))).not.toContain('Olga');
    expect(names(stepWhere('deliberation', 1))).toContain('Olga');
    expect(names(replayed.steps.length - 1)).toContain('Olga');
    expect(viewAt(0, 'control').roster.every((e) => e.isBot || !e.connected)).toBe(true);
  });

  it('refuses a step or a point of view that does not exist, saying what does', () => {
    const last = replayed.steps.length - 1;
    expect(refusalOf(() => replayed.inputAt(last + 1))).toEqual({
      code: 'invalid-step',
      message: `There is no step ${last + 1} in this exercise: its steps go from 0 (as created) to ${last}.`,
    });
    expect(refusalOf(() => replayed.recipient('bogota'))).toEqual({
      code: 'invalid-perspective',
      message:
        '"bogota" is not a point of view of this exercise; use "control", "observer" or a team: washington, mexico-city, cartels.',
    });
  });

  it('serves the same replay again until the log changes', () => {
    expect(harness.service.replay(game.exerciseId)).toBe(replayed);
  });
});
