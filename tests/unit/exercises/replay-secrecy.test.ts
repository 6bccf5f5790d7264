import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReplayRefusal, type ReplayReader } from '../../../server/src/exercises';
import { CountingSecrets, makeHarness, type Harness } from '../../support/exercise-service-harness';
import { submitAs, type ExerciseCommand } from '../../support/submit-as';
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

const MOVES = [0, 1, 2, 3, 4, 5];

/** Every marker of Washington's secrets in the game: its rationales, team chat and drafts. */
const washingtonSecrets = MOVES.flatMap((move) => [
  mark.rationale('washington', move),
  mark.chat('team:washington', move),
  mark.draft('washington', move),
]);
/** Mexico City's: its rationales; and the line between the two governments. */
const mexicoSecrets = MOVES.map((move) => mark.rationale('mexico-city', move));
const lineSecrets = MOVES.map((move) => mark.chat('line', move));

const leaks = (json: string, secrets: readonly string[]) =>
  secrets.filter((secret) => json.includes(secret));

/**
 * The players' replay keeps the projection's secrecy: a player replays
 * what their own team saw and the public picture, never another team's
 * secrets, at any step, unless Control revealed them after the end.
 */
describe('the players’ replay', () => {
  let harness: Harness;
  let game: OriginalGame;
  let carla: ReplayReader;
  let olga: ReplayReader;
  let steps: number;

  beforeAll(() => {
    harness = makeHarness({ scenarios: [usMexico], secrets: new CountingSecrets(2027) });
    game = playOriginal(harness.service, harness.clock, 2030);
    carla = { kind: 'player', playerId: game.carla, team: 'mexico-city' };
    olga = { kind: 'player', playerId: game.olga ?? '', team: null };
    steps = harness.service.replay(game.exerciseId).lastStep + 1;
  });
  afterAll(() => {
    harness.service.stop();
    harness.store.close();
  });

  const view = (reader: ReplayReader, step: number, as: string) =>
    JSON.stringify(harness.service.replayView(game.exerciseId, reader, step, as));

  it('offers a player their own team and the public picture, an observer the public one', () => {
    const { service } = harness;
    expect(service.replayTimeline(game.exerciseId, carla)).toMatchObject({
      perspectives: ['mexico-city', 'observer'],
      secretsRevealed: false,
    });
    expect(service.replayTimeline(game.exerciseId, olga).perspectives).toEqual(['observer']);
    expect(service.replayTimeline(game.exerciseId, { kind: 'facilitator' }).perspectives).toEqual([
      'control',
      'washington',
      'mexico-city',
      'cartels',
      'observer',
    ]);
  });

  it('never shows a player another team’s secrets, at any step', () => {
    let ownSeen = 0;
    for (let step = 0; step < steps; step += 1) {
      const own = view(carla, step, 'mexico-city');
      expect(leaks(own, washingtonSecrets), `step ${step}`).toEqual([]);
      if (own.includes(mark.rationale('mexico-city', 2))) ownSeen += 1;
      const publicView = view(carla, step, 'observer');
      expect(leaks(publicView, [...washingtonSecrets, ...mexicoSecrets, ...lineSecrets])).toEqual(
        [],
      );
      expect(view(olga, step, 'observer')).toBe(publicView);
    }
    // Its own secrets, from the moment it had them.
    expect(ownSeen).toBeGreaterThan(0);
    const last = harness.service.replayView(game.exerciseId, carla, steps - 1, 'mexico-city');
    expect(last.recipient).toEqual({ kind: 'team', team: 'mexico-city', player: game.carla });
    expect(last.control).toBeNull();
  });

  it('refuses another team’s eyes and Control’s, saying why', () => {
    const { service } = harness;
    expect(refusalOf(() => service.replayView(game.exerciseId, carla, 3, 'washington'))).toEqual({
      code: 'perspective-hidden',
      message:
        'Control has not revealed the other teams\' secrets: replay the exercise as your own team ("mexico-city") or "observer".',
    });
    expect(refusalOf(() => service.replayView(game.exerciseId, olga, 3, 'mexico-city'))).toEqual({
      code: 'perspective-hidden',
      message:
        'Control has not revealed the other teams\' secrets: replay the exercise as "observer".',
    });
    expect(refusalOf(() => service.replayView(game.exerciseId, carla, 3, 'control')).code).toBe(
      'facilitator-only',
    );
  });

  it('names in the timeline only the injects the player’s points of view received', () => {
    const { service } = harness;
    // A short exercise in which Control releases Washington's intelligence brief by hand.
    const created = service.createExercise({ scenarioId: usMexico.id, settings: { seed: 4 } });
    const id = created.exerciseId;
    const mara = service.joinExercise(created.joinCode, { name: 'Mara', team: 'mexico-city' });
    service.setSeat(id, 'washington', 'bot', 'balanced');
    service.setSeat(id, 'cartels', 'bot', 'hawkish');
    let n = 0;
    const control = (command: ExerciseCommand) => {
      harness.clock.advanceBy(1_000);
      const result = submitAs(service, id, { kind: 'facilitator' }, `short-${(n += 1)}`, command);
      if (!result.ok) throw new Error(`${command.type}: ${result.message}`);
    };
    control({ type: 'facilitator.start', skipPractice: true });
    control({ type: 'facilitator.advance' });
    control({ type: 'facilitator.releaseInject', inject: 'drone-strike-damage-assessment' });
    control({ type: 'facilitator.releaseInject', inject: 'sovereignty-march' });
    control({ type: 'facilitator.endEarly', reason: 'Out of time.' });
    control({ type: 'facilitator.closeHotwash' });

    const reader: ReplayReader = { kind: 'player', playerId: mara.playerId, team: 'mexico-city' };
    const released = (timeline: ReturnType<typeof service.replayTimeline>) =>
      timeline.steps
        .filter((step) => step.type === 'facilitator.releaseInject')
        .map(({ subject, subjectName, label }) => ({ subject, en: subjectName?.en, label }));
    const forControl = released(service.replayTimeline(id, { kind: 'facilitator' }));
    expect(forControl.map((step) => step.subject)).toEqual([
      'drone-strike-damage-assessment',
      'sovereignty-march',
    ]);
    const forMara = released(service.replayTimeline(id, reader));
    expect(forMara[0]).toEqual({
      subject: null,
      en: undefined,
      label: 'Control released an inject',
    });
    expect(forMara[1]).toEqual(forControl[1]);

    service.setSecretsRevealed(id, true);
    expect(released(service.replayTimeline(id, reader))).toEqual(forControl);
  });

  it('shows every team’s eyes once Control reveals the secrets, and stops when Control hides them', () => {
    const { service } = harness;
    const last = steps - 1;
    service.setSecretsRevealed(game.exerciseId, true);
    expect(service.secretsRevealed(game.exerciseId)).toBe(true);
    expect(service.replayTimeline(game.exerciseId, carla)).toMatchObject({
      perspectives: ['mexico-city', 'observer', 'washington', 'cartels'],
      secretsRevealed: true,
    });
    expect(service.replayTimeline(game.exerciseId, olga).perspectives).toEqual([
      'observer',
      'washington',
      'mexico-city',
      'cartels',
    ]);
    const washington = view(carla, last, 'washington');
    expect(washington).toContain(mark.rationale('washington', 2));
    expect(washington).toContain(mark.chat('team:washington', 2));
    expect(view(olga, last, 'mexico-city')).toContain(mark.rationale('mexico-city', 2));
    // Control's desk stays Control's.
    expect(refusalOf(() => service.replayView(game.exerciseId, carla, last, 'control')).code).toBe(
      'facilitator-only',
    );

    service.setSecretsRevealed(game.exerciseId, false);
    expect(
      refusalOf(() => service.replayView(game.exerciseId, carla, last, 'washington')).code,
    ).toBe('perspective-hidden');
    // Each change is a fact in the exercise's log, so a restart keeps it.
    const entries = harness.store
      .readEvents(game.exerciseId)
      .map((stored) => stored.event as { service?: { type: string } })
      .filter((payload) => payload.service?.type === 'replay.revealSecrets');
    expect(entries).toHaveLength(2);
  });
});
