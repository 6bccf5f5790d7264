import type { Timing } from '@borderline/shared';

/** The phases whose length the facilitator sets, in the order the form shows them. */
export const TIMING_KEYS = [
  'briefingMinutes',
  'deliberationMinutes',
  'decisionMinutes',
  'hotwashMinutes',
] as const satisfies readonly (keyof Timing)[];

export type TimingKey = (typeof TIMING_KEYS)[number];

/** The bounds of the shared `Timing` schema (minutes). */
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 240;

/** What the inputs hold: text, so that a half-typed number is not lost. */
export type TimingDraft = Record<TimingKey, string>;

/** The draft of a timing (a format's own: its unclocked results minutes are not edited here). */
export function timingDraftOf(timing: Timing): TimingDraft {
  return {
    briefingMinutes: String(timing.briefingMinutes),
    deliberationMinutes: String(timing.deliberationMinutes),
    decisionMinutes: String(timing.decisionMinutes),
    hotwashMinutes: String(timing.hotwashMinutes),
  };
}

/** Whole minutes within the schema's bounds, or null. */
export function minutesOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= MIN_MINUTES && minutes <= MAX_MINUTES ? minutes : null;
}

/** The fields that do not hold valid minutes. */
export function invalidTimingKeys(draft: TimingDraft): TimingKey[] {
  return TIMING_KEYS.filter((key) => minutesOf(draft[key]) === null);
}

/** The timing to send, or null while a field is invalid. */
export function timingOf(draft: TimingDraft): Timing | null {
  const briefingMinutes = minutesOf(draft.briefingMinutes);
  const deliberationMinutes = minutesOf(draft.deliberationMinutes);
  const decisionMinutes = minutesOf(draft.decisionMinutes);
  const hotwashMinutes = minutesOf(draft.hotwashMinutes);
  if (
    briefingMinutes === null ||
    deliberationMinutes === null ||
    decisionMinutes === null ||
    hotwashMinutes === null
  ) {
    return null;
  }
  return { briefingMinutes, deliberationMinutes, decisionMinutes, hotwashMinutes };
}

/** Whether the draft holds exactly these minutes (the format's own, untouched). */
export function sameTiming(draft: TimingDraft, timing: Timing): boolean {
  return TIMING_KEYS.every((key) => minutesOf(draft[key]) === timing[key]);
}
