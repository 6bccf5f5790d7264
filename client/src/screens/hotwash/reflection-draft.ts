import { useEffect, useState } from 'react';
import type { ReflectionAnswers } from '@borderline/shared';
import {
  adoptOldReflectionDraft,
  clearReflectionDraft,
  writeReflectionDraft,
} from '../../state/actions';
import { useExerciseStore } from '../../state/exercise-store';
import { reflectionDraftKey } from '../../state/reflection-drafts-slice';

/** The answers of a reflection, in the order the form asks them. */
export const REFLECTION_FIELDS = [
  'whatHappened',
  'why',
  'realWorld',
  'takeaway',
  'wentWell',
  'toImprove',
] as const;
export type ReflectionField = (typeof REFLECTION_FIELDS)[number];

export interface ReflectionDraft {
  answers: ReflectionAnswers;
  /** Whether the answers differ from the reflection last submitted. */
  dirty: boolean;
  change: (field: ReflectionField, text: string) => void;
  /** Once submitted: the kept draft goes, the form keeps what was sent. */
  submitted: () => void;
}

const same = (a: ReflectionAnswers, b: ReflectionAnswers | null) =>
  REFLECTION_FIELDS.every((field) => (a[field] ?? '').trim() === (b?.[field] ?? '').trim());

/**
 * A reflection being written, kept in the store (and so in localStorage) per
 * exercise and player as it is typed, so that a reload (or a phone's browser
 * dropping the tab) loses nothing. It starts from the kept draft, else from
 * the reflection already submitted (to revise it), else empty.
 */
export function useReflectionDraft(
  exerciseId: string,
  playerId: string,
  lastSubmitted: ReflectionAnswers | null,
): ReflectionDraft {
  const kept = useExerciseStore(
    (state) => state.reflectionDrafts.byKey[reflectionDraftKey(exerciseId, playerId)],
  );
  // After a submit the form keeps what was sent: the view may bring it back only later.
  const [sent, setSent] = useState<ReflectionAnswers | null>(null);
  useEffect(() => adoptOldReflectionDraft(exerciseId, playerId), [exerciseId, playerId]);
  const answers = kept?.answers ?? sent ?? lastSubmitted ?? {};
  return {
    answers,
    dirty: !same(answers, lastSubmitted),
    change: (field, text) =>
      writeReflectionDraft(exerciseId, playerId, { ...answers, [field]: text }),
    submitted: () => {
      setSent(answers);
      clearReflectionDraft(exerciseId, playerId);
    },
  };
}
