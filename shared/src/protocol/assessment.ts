import type { z } from 'zod';
import { boundedText, commandSchema, RefId } from './command-fields';

/** The longest evaluator note on one team and objective, in characters. */
export const MAX_EVALUATOR_NOTE = 2000;

/**
 * Control rates a team on a learning objective at a level of the objective's
 * rubric, with an optional evaluator note (what the team did that shows it,
 * HSEEP-style). A new rating replaces the team's earlier one on that
 * objective; `level: null` with no note withdraws it, and a note alone keeps
 * an observation before a level is chosen. Taken once the exercise has
 * started, during the play and after its end. Not an engine event: it
 * judges the play, it does not change it; only Control ever reads it.
 */
export const RateTeamCommand = commandSchema('assessment.rateTeam', {
  team: RefId,
  objective: RefId,
  level: RefId.nullable(),
  note: boundedText(MAX_EVALUATOR_NOTE).optional(),
});
export type RateTeamCommand = z.infer<typeof RateTeamCommand>;

export const ASSESSMENT_COMMANDS = [RateTeamCommand] as const;

/** A team's current rating on one learning objective, as Control's view carries it. */
export interface TeamRating {
  team: string;
  objective: string;
  /** The rubric level's id; null while only a note is kept. */
  level: string | null;
  /** The evaluator's note, trimmed; null when none. */
  note: string | null;
  /** When Control last changed it (epoch ms). */
  at: number;
}
