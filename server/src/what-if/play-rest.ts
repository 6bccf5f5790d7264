import type { Scenario } from '@borderline/shared';
import { nextBotEvent } from '../bots';
import {
  restoreExercise,
  reseedPersisted,
  type ExerciseContext,
  type PersistedExercise,
  type ScenarioIndex,
} from '../engine';
import { resolveTemperaments } from '../simulate/run-game';
import type { FreeformRuling } from './branch-points';

/** A continuation's clock moves a minute per event after the played log's last one. */
const STEP_MS = 60_000;

/** Far more events than any scenario's game: a continuation that runs past it is a bug. */
const MAX_EVENTS = 5_000;

/**
 * A free-form action a team played waits for Control's odds before the
 * adjudication can be published: Control's ruling in the played game, else
 * a veto (the bots never play one of their own).
 */
function rulingDue(
  context: ExerciseContext,
  rulings: ReadonlyMap<string, FreeformRuling>,
  at: number,
): FreeformRuling | null {
  const pending = context.review?.results.find((result) => result.outcome === 'pending');
  if (context.phase !== 'adjudication' || pending === undefined) return null;
  const ruling = rulings.get(pending.id);
  if (ruling !== undefined) return { ...ruling, at };
  const reason = 'No ruling was made for this action in the played exercise.';
  return { type: 'facilitator.vetoFreeform', action: pending.id, reason, at };
}

/**
 * Plays the rest of a game from a persisted point with a bot in every seat,
 * under `seed` (the dice and the bots' temperaments and whims), until the
 * ending is settled (the hotwash opens). Returns the ending's id, or null
 * for no named ending.
 */
export function playRest(
  scenario: Scenario,
  index: ScenarioIndex,
  from: PersistedExercise,
  seed: number,
  played: { lastAt: number; rulings: ReadonlyMap<string, FreeformRuling> },
): string | null {
  const engine = restoreExercise(scenario, reseedPersisted(from, seed));
  const temperaments = resolveTemperaments(scenario, seed);
  const temperamentOf = (team: string) => temperaments[team] ?? 'balanced';
  let at = played.lastAt;
  for (let events = 0; engine.phase !== 'hotwash' && !engine.isEnded; events += 1) {
    if (events > MAX_EVENTS) throw new Error('A what-if continuation did not end.');
    at += STEP_MS;
    const event =
      rulingDue(engine.context, played.rulings, at) ??
      nextBotEvent(scenario, index, engine.context, temperamentOf, at);
    const result = engine.send(event);
    if (!result.ok) throw new Error(`${event.type} refused in a continuation: ${result.message}`);
  }
  return engine.context.ending?.id ?? null;
}
