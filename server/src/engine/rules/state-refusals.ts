import { refuse } from '../refusal';

/**
 * Refusals that say where the exercise is rather than what an event says.
 * A validator gives them, and so does the explanation of an event that a
 * state does not take: one wording for both.
 */
export const noDeadline = () => refuse('no-deadline', 'There is no deadline running now.');

export const noDilemma = () => refuse('no-dilemma', 'No dilemma is waiting for a choice.');

export const alreadyEnding = () => refuse('already-ending', 'The exercise is already ending.');

export const noPracticeMove = () =>
  refuse('no-practice-move', 'This exercise has no practice move to skip.');

export const practiceOver = () => refuse('practice-over', 'The practice move is already over.');

export const practiceSkipped = () =>
  refuse('practice-over', 'The practice move is already skipped.');
