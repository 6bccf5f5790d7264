import { describe, expect, it } from 'vitest';
import type { ExerciseEvent } from '../../../server/src/engine';
import { Driver, hold, play, type Untimed } from '../../fixtures/engine/driver';

const freeform = {
  kind: 'freeform' as const,
  description: 'Summit',
  reasons: ['Because'],
  visibility: 'public' as const,
};

const states = {
  lobby: () => new Driver(),
  briefing: () => new Driver().ok({ type: 'facilitator.start' }),
  injects: () => states.briefing().advance(),
  decisions: () => new Driver().toDecisions(),
  adjudication: () =>
    new Driver().toDecisions().decideAll({ washington: play('talks'), mexico: freeform }),
  results: () => new Driver().toDecisions({ skipPractice: true }).decideAll().publish(),
  dilemma: () =>
    new Driver()
      .toDecisions({ skipPractice: true })
      .ok({ type: 'facilitator.endEarly', reason: 'Rupture', ending: 'rupture' }),
  hotwash: () => new Driver().toDecisions().ok({ type: 'facilitator.endEarly', reason: 'Time' }),
  ended: () => states.hotwash().ok({ type: 'facilitator.closeHotwash' }),
  paused: () => new Driver().toDecisions().ok({ type: 'facilitator.pause' }),
};
type State = keyof typeof states;

const cases: [State, Untimed, string, string][] = [
  ['lobby', { type: 'facilitator.advance' }, 'not-started', 'The exercise has not started yet.'],
  ['lobby', { type: 'facilitator.pause' }, 'not-started', 'The exercise has not started yet.'],
  [
    'lobby',
    { type: 'facilitator.releaseInject', inject: 'backchannel' },
    'not-started',
    'The exercise has not started yet.',
  ],
  [
    'lobby',
    { type: 'facilitator.addNarrative', text: 'x' },
    'not-started',
    'The exercise has not started yet.',
  ],
  [
    'lobby',
    { type: 'facilitator.overrideTrack', track: 'trust', value: 3, reason: 'r' },
    'not-started',
    'The exercise has not started yet.',
  ],
  [
    'lobby',
    { type: 'facilitator.endEarly', reason: 'r' },
    'not-started',
    'The exercise has not started yet.',
  ],
  [
    'lobby',
    { type: 'facilitator.adjustDeadline', deltaMs: 1000 },
    'not-started',
    'The exercise has not started yet.',
  ],
  [
    'lobby',
    { type: 'facilitator.skipTurn', team: 'mexico' },
    'wrong-phase',
    'Skipping a turn is not possible during the lobby phase.',
  ],
  [
    'lobby',
    { type: 'team.submitDecision', team: 'washington', decision: hold },
    'wrong-phase',
    'Submitting a decision is not possible during the lobby phase.',
  ],
  [
    'lobby',
    { type: 'facilitator.publishAdjudication' },
    'wrong-phase',
    'Publishing is not possible during the lobby phase.',
  ],
  [
    'lobby',
    { type: 'facilitator.closeHotwash' },
    'wrong-phase',
    'Closing the hotwash is not possible during the lobby phase.',
  ],
  [
    'lobby',
    { type: 'team.chooseDilemmaOption', team: 'mexico', option: 'accept' },
    'no-dilemma',
    'No dilemma is waiting for a choice.',
  ],
  [
    'lobby',
    { type: 'player.submitReflection', player: 'p', answers: { why: 'x' } },
    'wrong-phase',
    'Submitting a reflection is not possible during the lobby phase.',
  ],
  ['lobby', { type: 'clock.deadlineReached' }, 'no-deadline', 'There is no deadline running now.'],
  ['lobby', { type: 'facilitator.resume' }, 'not-paused', 'The exercise is not paused.'],
  [
    'lobby',
    { type: 'facilitator.setFreeformOdds', action: 'a', odds: 50, reason: 'r' },
    'wrong-phase',
    'Setting odds is not possible during the lobby phase.',
  ],
  [
    'lobby',
    { type: 'facilitator.vetoFreeform', action: 'a', reason: 'r' },
    'wrong-phase',
    'A veto is not possible during the lobby phase.',
  ],
  [
    'briefing',
    { type: 'facilitator.start' },
    'already-started',
    'The exercise has already started.',
  ],
  [
    'briefing',
    { type: 'facilitator.releaseInject', inject: 'backchannel' },
    'wrong-phase',
    'Releasing an inject is not possible during the briefing phase.',
  ],
  [
    'briefing',
    { type: 'facilitator.overrideOutcome', action: 'a', outcome: 'success', reason: 'r' },
    'wrong-phase',
    'Overriding an outcome is not possible during the briefing phase.',
  ],
  [
    'injects',
    { type: 'facilitator.adjustDeadline', deltaMs: 1000 },
    'no-deadline',
    'There is no deadline running now.',
  ],
  [
    'injects',
    { type: 'clock.deadlineReached' },
    'no-deadline',
    'There is no deadline running now.',
  ],
  [
    'injects',
    { type: 'facilitator.releaseInject', inject: 'nothing' },
    'unknown-inject',
    'There is no inject "nothing".',
  ],
  [
    'injects',
    { type: 'facilitator.releaseInject', inject: 'practice-brief' },
    'inject-already-released',
    'The inject “Inject practice-brief” has already been released.',
  ],
  [
    'decisions',
    { type: 'facilitator.advance' },
    'decisions-pending',
    'Teams are still deciding; skip a team to move on.',
  ],
  [
    'decisions',
    { type: 'facilitator.adjustDeadline', deltaMs: 0 },
    'invalid-delta',
    'Give a non-zero number of milliseconds to add or remove.',
  ],
  [
    'decisions',
    { type: 'facilitator.skipTurn', team: 'nobody' },
    'unknown-team',
    'There is no team "nobody".',
  ],
  [
    'decisions',
    { type: 'facilitator.skipTurn', team: 'cartels' },
    'not-their-turn',
    "It is Washington's turn, not Cartels's.",
  ],
  [
    'decisions',
    { type: 'team.submitDecision', team: 'washington', decision: play('bribe') },
    'not-their-card',
    '“Bribe” is a card of Cartels, not of Washington.',
  ],
  [
    'decisions',
    { type: 'facilitator.publishAdjudication' },
    'wrong-phase',
    'Publishing is not possible during the decisions phase.',
  ],
  [
    'decisions',
    { type: 'facilitator.addNarrative', text: '   ' },
    'empty-text',
    'The narrative is empty.',
  ],
  [
    'decisions',
    { type: 'facilitator.overrideTrack', track: 'nowhere', value: 1, reason: 'r' },
    'unknown-track',
    'There is no track "nowhere".',
  ],
  [
    'decisions',
    { type: 'facilitator.overrideTrack', track: 'escalation', value: 7, reason: 'r' },
    'out-of-range',
    'Escalation takes whole values from 0 to 6.',
  ],
  [
    'decisions',
    { type: 'facilitator.overrideTrack', track: 'escalation', value: 2, reason: '' },
    'missing-reason',
    'Give a reason; it goes on record.',
  ],
  [
    'decisions',
    { type: 'facilitator.endEarly', reason: 'r', ending: 'nowhere' },
    'unknown-ending',
    'There is no ending "nowhere".',
  ],
  [
    'decisions',
    { type: 'facilitator.endEarly', reason: ' ' },
    'missing-reason',
    'Give a reason; it goes on record.',
  ],
  [
    'adjudication',
    { type: 'facilitator.advance' },
    'adjudication-in-review',
    'Publish the adjudication to show the results.',
  ],
  [
    'adjudication',
    { type: 'facilitator.releaseInject', inject: 'backchannel' },
    'adjudication-in-review',
    'Publish the adjudication before releasing injects.',
  ],
  [
    'adjudication',
    { type: 'team.submitDecision', team: 'washington', decision: hold },
    'wrong-phase',
    'Submitting a decision is not possible during the adjudication phase.',
  ],
  [
    'adjudication',
    { type: 'facilitator.publishAdjudication' },
    'freeform-odds-missing',
    "Set the odds of, or veto: Mexico's free-form action.",
  ],
  [
    'adjudication',
    { type: 'facilitator.overrideOutcome', action: 'm0-x-9', outcome: 'success', reason: 'r' },
    'unknown-action',
    'No action "m0-x-9" is under review.',
  ],
  [
    'adjudication',
    {
      type: 'facilitator.overrideOutcome',
      action: 'm0-washington-0',
      outcome: 'failure',
      reason: '',
    },
    'missing-reason',
    'Give a reason; it goes on record.',
  ],
  [
    'adjudication',
    { type: 'facilitator.setFreeformOdds', action: 'm0-washington-0', odds: 50, reason: 'r' },
    'not-freeform',
    '“Talks” (Washington) plays an action card; its odds come from the card.',
  ],
  [
    'adjudication',
    { type: 'facilitator.setFreeformOdds', action: 'm0-mexico-0', odds: 101, reason: 'r' },
    'invalid-odds',
    'Odds are a whole percentage from 0 to 100.',
  ],
  [
    'adjudication',
    {
      type: 'facilitator.setFreeformOdds',
      action: 'm0-mexico-0',
      odds: 50,
      reason: 'r',
      onSuccess: [{ track: 'x', delta: 1 }],
    },
    'unknown-track',
    'There is no track "x".',
  ],
  [
    'adjudication',
    { type: 'facilitator.vetoFreeform', action: 'm0-washington-0', reason: 'r' },
    'not-freeform',
    '“Talks” (Washington) plays an action card; its odds come from the card.',
  ],
  [
    'adjudication',
    { type: 'facilitator.overrideTrack', track: 'trust', value: -1, reason: 'r' },
    'out-of-range',
    'Trust takes whole values from 0 to 10.',
  ],
  [
    'adjudication',
    { type: 'facilitator.skipTurn', team: 'mexico' },
    'wrong-phase',
    'Skipping a turn is not possible during the adjudication phase.',
  ],
  [
    'results',
    { type: 'facilitator.skipPractice' },
    'practice-over',
    'The practice move is already skipped.',
  ],
  [
    'results',
    { type: 'facilitator.releaseInject', inject: 'opening' },
    'inject-already-released',
    'The inject “Inject opening” has already been released.',
  ],
  [
    'results',
    { type: 'facilitator.publishAdjudication' },
    'wrong-phase',
    'Publishing is not possible during the results phase.',
  ],
  [
    'results',
    { type: 'facilitator.closeHotwash' },
    'wrong-phase',
    'Closing the hotwash is not possible during the results phase.',
  ],
  [
    'dilemma',
    { type: 'facilitator.advance' },
    'dilemma-pending',
    'The dilemma waits for its team to choose.',
  ],
  [
    'dilemma',
    { type: 'facilitator.endEarly', reason: 'r' },
    'already-ending',
    'The exercise is already ending.',
  ],
  [
    'dilemma',
    { type: 'team.chooseDilemmaOption', team: 'washington', option: 'accept' },
    'not-dilemma-team',
    'The dilemma is for Mexico to resolve.',
  ],
  [
    'dilemma',
    { type: 'team.chooseDilemmaOption', team: 'mexico', option: 'flee' },
    'unknown-option',
    'The dilemma has no option "flee".',
  ],
  [
    'dilemma',
    { type: 'facilitator.overrideTrack', track: 'trust', value: 3, reason: 'r' },
    'wrong-phase',
    'Overriding a track is not possible during the dilemma phase.',
  ],
  [
    'dilemma',
    { type: 'facilitator.releaseInject', inject: 'backchannel' },
    'wrong-phase',
    'Releasing an inject is not possible during the dilemma phase.',
  ],
  [
    'hotwash',
    { type: 'facilitator.advance' },
    'hotwash-open',
    'Close the hotwash to end the exercise.',
  ],
  [
    'hotwash',
    { type: 'facilitator.endEarly', reason: 'r' },
    'already-ending',
    'The exercise is already ending.',
  ],
  [
    'hotwash',
    { type: 'team.chooseDilemmaOption', team: 'mexico', option: 'accept' },
    'no-dilemma',
    'No dilemma is waiting for a choice.',
  ],
  [
    'hotwash',
    { type: 'player.submitReflection', player: 'p', answers: { why: ' ' } },
    'empty-reflection',
    'A reflection needs a player and at least one answer.',
  ],
  [
    'hotwash',
    { type: 'player.submitReflection', player: 'p', team: 'nobody', answers: { why: 'x' } },
    'unknown-team',
    'There is no team "nobody".',
  ],
  [
    'hotwash',
    { type: 'clock.deadlineReached' },
    'deadline-not-reached',
    'The deadline has not passed yet.',
  ],
  [
    'ended',
    { type: 'facilitator.addNarrative', text: 'x' },
    'exercise-ended',
    'The exercise has ended.',
  ],
  ['ended', { type: 'facilitator.start' }, 'exercise-ended', 'The exercise has ended.'],
  ['paused', { type: 'facilitator.pause' }, 'already-paused', 'The exercise is already paused.'],
  ['paused', { type: 'facilitator.advance' }, 'paused', 'The exercise is paused; resume it first.'],
  [
    'paused',
    { type: 'team.submitDecision', team: 'washington', decision: hold },
    'paused',
    'The exercise is paused; resume it first.',
  ],
  [
    'paused',
    { type: 'clock.deadlineReached' },
    'paused',
    'The exercise is paused; resume it first.',
  ],
  [
    'paused',
    { type: 'facilitator.releaseInject', inject: 'backchannel' },
    'paused',
    'The exercise is paused; resume it first.',
  ],
];

describe('refusals', () => {
  it.each(cases)('in %s, refuses %j with %s', (state, event, code, message) => {
    const driver = states[state]();
    expect(driver.refused(event)).toEqual({ code, message });
  });

  it('refuses an event without a finite time, and an unknown event', () => {
    const driver = new Driver();
    expect(driver.exercise.send({ type: 'facilitator.start', at: Number.NaN })).toEqual({
      ok: false,
      code: 'invalid-event',
      message: 'An event needs a finite time "at".',
    });
    const unknown = { type: 'facilitator.dance', at: 1 } as unknown as ExerciseEvent;
    expect(driver.exercise.send(unknown)).toEqual({
      ok: false,
      code: 'unknown-event',
      message: 'Unknown event "facilitator.dance".',
    });
    expect(driver.accepted).toEqual([]);
  });
});
