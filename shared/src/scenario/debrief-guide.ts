import { z } from 'zod';
import type { DebriefStage } from '../protocol/debrief-stages';
import { Condition } from './condition';
import { Id, LocalizedText } from './primitives';

/**
 * When a guide question is asked: every part given must hold once the play
 * is over. Without `when`, the question is asked whatever happened.
 */
export const DebriefQuestionWhen = z
  .strictObject({
    /** The ending reached is one of these (ids of the scenario's endings). */
    endings: z.array(Id).min(1).optional(),
    /**
     * The scenario's condition vocabulary, over the world as the play left
     * it: `{type: move, atMost: 3}` holds when moves 4 and 5 were never
     * reached (an early ending, or a format that stops at move 3), so the
     * debrief can raise the themes they would have brought.
     */
    condition: Condition.optional(),
  })
  .refine((when) => when.endings !== undefined || when.condition !== undefined, {
    message: 'expected "endings", "condition" or both',
  });
export type DebriefQuestionWhen = z.infer<typeof DebriefQuestionWhen>;

/** One question of the scenario's debrief guide, tied to a learning objective. */
export const DebriefQuestion = z.strictObject({
  id: Id,
  /** 1 is asked first; unique within its stage. */
  priority: z.number().int().min(1),
  /** The learning objective the question serves (an id of `learningObjectives`). */
  objective: Id,
  text: LocalizedText,
  /** For Control only: what to listen for, and how to probe when the room is quiet. */
  notes: LocalizedText,
  when: DebriefQuestionWhen.optional(),
});
export type DebriefQuestion = z.infer<typeof DebriefQuestion>;

const StageQuestions = z.array(DebriefQuestion);

/**
 * The scenario's own debrief: per stage (what happened, why, what it means
 * for the real relationship, what each person takes away), its prioritised
 * questions. The checker wants 6 to 10 per stage (`check-debrief-guide`).
 */
export const DebriefGuide = z.strictObject({
  what: StageQuestions,
  why: StageQuestions,
  meaning: StageQuestions,
  takeaway: StageQuestions,
} satisfies Record<DebriefStage, typeof StageQuestions>);
export type DebriefGuide = z.infer<typeof DebriefGuide>;
