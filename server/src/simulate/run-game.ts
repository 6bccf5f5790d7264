import type { Scenario } from '@borderline/shared';
import { chooseDilemmaOption, decideForTeam } from '../bots';
import { isTemperament, TEMPERAMENTS, type Temperament } from '../bots/temperament';
import {
  createExercise,
  currentTeam,
  hashSeed,
  indexScenario,
  pendingTeams,
  acceptedIn,
  type Exercise,
  type ExerciseContext,
  type ExerciseEvent,
  type ExerciseLogEntry,
} from '../engine';

/** A team's temperament in a simulation; `mixed` draws one per game from the game's seed. */
export type TemperamentChoice = Temperament | 'mixed';

export function isTemperamentChoice(value: string): value is TemperamentChoice {
  return value === 'mixed' || isTemperament(value);
}

export interface GameOptions {
  seed: number;
  temperaments?: Partial<Record<string, TemperamentChoice>> | undefined;
  /** The scenario format to play; its first one when absent. */
  format?: string | undefined;
  skipPractice?: boolean | undefined;
}

/** The synthetic clock starts here (1 January 2026, UTC) and moves a minute per step. */
const START_AT = 1_767_225_600_000;
const STEP_MS = 60_000;

export function resolveTemperaments(
  scenario: Scenario,
  seed: number,
  choices: Partial<Record<string, TemperamentChoice>> = {},
): Record<string, Temperament> {
  const resolved: Record<string, Temperament> = {};
  for (const team of scenario.teams) {
    const choice = choices[team.id] ?? 'mixed';
    resolved[team.id] =
      choice === 'mixed'
        ? (TEMPERAMENTS[hashSeed(seed, team.id, 'temperament') % TEMPERAMENTS.length] ?? 'balanced')
        : choice;
  }
  return resolved;
}

/** A game played in-process: the engine at its end and the log of what it took. */
export interface PlayedGame {
  exercise: Exercise;
  context: ExerciseContext;
  /** The accepted events, numbered from 1 as a store would (no service entries here). */
  log: ExerciseLogEntry[];
}

/** The bots' seats send the teams' events; Control's are the facilitator's. */
function botSender(event: ExerciseEvent): ExerciseLogEntry['sender'] {
  return event.type === 'team.submitDecision' || event.type === 'team.chooseDilemmaOption'
    ? { kind: 'bot', team: event.team }
    : { kind: 'facilitator' };
}

/**
 * Plays one complete exercise in-process with a bot in every seat, through
 * the very facade and machine the server runs. Control auto-advances and
 * publishes every adjudication as proposed.
 */
export function runGame(scenario: Scenario, options: GameOptions): PlayedGame {
  const index = indexScenario(scenario);
  const temperaments = resolveTemperaments(scenario, options.seed, options.temperaments);
  const exercise = createExercise(scenario, {
    seed: options.seed,
    config: { format: options.format, skipPractice: options.skipPractice ?? false },
  });
  let at = START_AT;
  const log: ExerciseLogEntry[] = [];
  const send = (event: ExerciseEvent) => {
    const accepted = acceptedIn(exercise);
    const result = exercise.send(event);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.code}: ${result.message}`);
    log.push({ seq: log.length + 1, at: event.at, ...accepted, sender: botSender(event), event });
  };
  const teamTemperament = (team: string) => temperaments[team] ?? 'balanced';
  const decide = (team: string) => {
    const decision = decideForTeam(scenario, exercise.context, team, teamTemperament(team));
    send({ type: 'team.submitDecision', team, decision, at });
  };
  send({ type: 'facilitator.start', at });
  for (let steps = 0; !exercise.isEnded; steps += 1) {
    if (steps > 10_000) throw new Error('The simulated exercise did not end.');
    at += STEP_MS;
    const { context } = exercise;
    switch (context.phase) {
      case 'decisions': {
        const team = currentTeam(index, context);
        for (const next of team === null ? pendingTeams(index, context) : [team]) decide(next);
        break;
      }
      case 'adjudication':
        send({ type: 'facilitator.publishAdjudication', at });
        break;
      case 'dilemma': {
        const team = context.ending?.dilemma?.team ?? '';
        const option = chooseDilemmaOption(scenario, context, team, teamTemperament(team));
        send({ type: 'team.chooseDilemmaOption', team, option: option ?? '', at });
        break;
      }
      case 'hotwash':
        send({ type: 'facilitator.closeHotwash', at });
        break;
      default:
        send({ type: 'facilitator.advance', at });
    }
  }
  return { exercise, context: exercise.context, log };
}
