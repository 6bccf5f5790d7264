import { z } from 'zod';
import { Id, LocalizedText } from './primitives';

/** What the session teaches; every inject and debrief question serves one. */
export const LearningObjective = z.strictObject({
  id: Id,
  kind: z.enum(['knowledge', 'skill', 'attitude']),
  text: LocalizedText,
});
export type LearningObjective = z.infer<typeof LearningObjective>;
