import type { Scenario } from '@borderline/shared';
import {
  currentTeam,
  pendingTeams,
  type ExerciseContext,
  type ExerciseEvent,
  type ScenarioIndex,
} from '../engine';
import { chooseDilemmaOption, decideForTeam } from './bot-policy';
import type { Temperament } from './temperament';

/**
 * The event that moves an exercise on by one step with a bot in every seat
 * and Control advancing and publishing every adjudication as proposed: the
 * next pending team's decision (each sees the ones before it), or Control's
 * one command for the phase, as the simulator plays. The what-if
 * continuations play the rest of a game this way, one event at a time.
 */
export function nextBotEvent(
  scenario: Scenario,
  index: ScenarioIndex,
  context: ExerciseContext,
  temperamentOf: (team: string) => Temperament,
  at: number,
): ExerciseEvent {
  switch (context.phase) {
    case 'decisions': {
      const team = currentTeam(index, context) ?? pendingTeams(index, context)[0] ?? '';
      const input = decideForTeam(scenario, context, team, temperamentOf(team));
      return { type: 'team.submitDecision', team, decision: input, at };
    }
    case 'adjudication':
      return { type: 'facilitator.publishAdjudication', at };
    case 'dilemma': {
      const team = context.ending?.dilemma?.team ?? '';
      const option = chooseDilemmaOption(scenario, context, team, temperamentOf(team));
      return { type: 'team.chooseDilemmaOption', team, option: option ?? '', at };
    }
    case 'hotwash':
      return { type: 'facilitator.closeHotwash', at };
    default:
      return { type: 'facilitator.advance', at };
  }
}
