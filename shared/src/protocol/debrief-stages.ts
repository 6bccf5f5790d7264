/**
 * The hotwash's guided debrief, in the order facilitators run it: what
 * happened, why, what it means for the real relationship, what each person
 * takes away. Control opens one stage at a time; the exercise's state keeps
 * the stage open, and every screen shows it.
 */
export const DEBRIEF_STAGES = ['what', 'why', 'meaning', 'takeaway'] as const;
export type DebriefStage = (typeof DEBRIEF_STAGES)[number];

/** The stage a debrief opens at (and an exercise stored before stages existed). */
export const FIRST_DEBRIEF_STAGE: DebriefStage = DEBRIEF_STAGES[0];

/** A stage read from outside (a command, an old record) checked against the list. */
export function isDebriefStage(value: unknown): value is DebriefStage {
  return DEBRIEF_STAGES.some((stage) => stage === value);
}
