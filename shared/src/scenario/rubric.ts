import { z } from 'zod';
import { Id, LocalizedText } from './primitives';

/** A rubric has three or four levels: fewer cannot tell attainment apart, more cannot be rated reliably in a seminar. */
export const MIN_RUBRIC_LEVELS = 3;
export const MAX_RUBRIC_LEVELS = 4;

/**
 * One level of attainment of a learning objective, as an evaluator rates a
 * team on it: `rank` orders the levels from the lowest (1) up, `name` is
 * what Control's grid and the grades show, `description` what a team at
 * this level did (the evidence an evaluator looks for).
 */
export const RubricLevel = z.strictObject({
  id: Id,
  rank: z.number().int().min(1).max(MAX_RUBRIC_LEVELS),
  name: LocalizedText,
  description: LocalizedText,
});
export type RubricLevel = z.infer<typeof RubricLevel>;

/** How one learning objective is assessed: its levels, lowest first. */
export const Rubric = z.strictObject({
  objective: Id,
  levels: z
    .array(RubricLevel)
    .min(MIN_RUBRIC_LEVELS, `expected at least ${MIN_RUBRIC_LEVELS} levels`)
    .max(MAX_RUBRIC_LEVELS, `expected at most ${MAX_RUBRIC_LEVELS} levels`),
});
export type Rubric = z.infer<typeof Rubric>;
