import { useState } from 'react';
import { ReflectionAnswers } from '@borderline/shared';
import { browserStorage, type KeyValueStorage } from '../../state/key-value-storage';

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

export function reflectionDraftKey(exerciseId: string, playerId: string): string {
  return `borderline.reflection:${exerciseId}:${playerId}`;
}

/** A draft written by another version of the page, or by hand, is checked and dropped if wrong. */
export function readReflectionDraft(
  storage: KeyValueStorage | null,
  key: string,
): ReflectionAnswers | null {
  try {
    const text = storage?.getItem(key) ?? null;
    if (text === null) return null;
    const parsed = ReflectionAnswers.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function writeReflectionDraft(
  storage: KeyValueStorage | null,
  key: string,
  answers: ReflectionAnswers | null,
): void {
  try {
    if (answers === null) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(answers));
  } catch {
    // Storage full or blocked: the draft lives on in memory until the page closes.
  }
}

export interface ReflectionDraft {
  answers: ReflectionAnswers;
  /** Whether the answers differ from the reflection last submitted. */
  dirty: boolean;
  change: (field: ReflectionField, text: string) => void;
  /** Once submitted: the storage copy goes, the form keeps what was sent. */
  submitted: () => void;
}

const same = (a: ReflectionAnswers, b: ReflectionAnswers | null) =>
  REFLECTION_FIELDS.every((field) => (a[field] ?? '').trim() === (b?.[field] ?? '').trim());

/**
 * A reflection being written, kept in localStorage per exercise and player
 * as it is typed, so that a reload (or a phone's browser dropping the tab)
 * loses nothing. It starts from the kept draft, else from the reflection
 * already submitted (to revise it), else empty.
 */
export function useReflectionDraft(
  exerciseId: string,
  playerId: string,
  lastSubmitted: ReflectionAnswers | null,
  storage: KeyValueStorage | null = browserStorage(),
): ReflectionDraft {
  const key = reflectionDraftKey(exerciseId, playerId);
  const [answers, setAnswers] = useState<ReflectionAnswers>(
    () => readReflectionDraft(storage, key) ?? lastSubmitted ?? {},
  );
  return {
    answers,
    dirty: !same(answers, lastSubmitted),
    change: (field, text) => {
      const next = { ...answers, [field]: text };
      setAnswers(next);
      writeReflectionDraft(storage, key, next);
    },
    submitted: () => writeReflectionDraft(storage, key, null),
  };
}
