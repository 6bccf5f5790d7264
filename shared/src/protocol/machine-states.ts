/**
 * The exercise machine's phases and state tags, named once: the engine's
 * machine declares its tags from this list, and the views carry them typed,
 * so a screen that asks "may I do this now?" reads a tag the machine sets
 * and the compiler knows every one of them.
 */

/** The phases in the order an exercise passes through them. */
export const PHASES = [
  'lobby',
  'briefing',
  'injects',
  'deliberation',
  'decisions',
  'adjudication',
  'results',
  'dilemma',
  'hotwash',
  'ended',
] as const;
export type Phase = (typeof PHASES)[number];

/** A phase read from outside (a URL, an old record) checked against the list. */
export function isPhase(value: unknown): value is Phase {
  return PHASES.some((phase) => phase === value);
}

/**
 * What each tag says the machine takes now:
 * - `lobby`: seating, before the start;
 * - `fork-lobby`: the lobby of a fork, whose world stands at the opening of
 *   the move it was forked from (the view's `move`); starting resumes play there;
 * - `timed`: a deadline runs (briefing, deliberation, decisions);
 * - `in-move`: a move is being played (injects to decisions);
 * - `accepting-injects`, `accepting-decisions`, `accepting-dilemma`,
 *   `accepting-reflections`: the matching command is taken;
 * - `review`: Control reviews the adjudication before publishing it;
 * - `paused`: the clock is stopped and the players' commands wait;
 * - `ended`: the final state.
 */
export const EXERCISE_TAGS = [
  'lobby',
  'fork-lobby',
  'timed',
  'in-move',
  'accepting-injects',
  'accepting-decisions',
  'review',
  'accepting-dilemma',
  'accepting-reflections',
  'paused',
  'ended',
] as const;
export type ExerciseTag = (typeof EXERCISE_TAGS)[number];
