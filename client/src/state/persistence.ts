import {
  DraftDecision,
  LANGUAGES,
  ReflectionAnswers,
  SocketAuth,
  type Language,
} from '@borderline/shared';
import type { DraftsSlice, LocalDraft } from './drafts-slice';
import type { KeyValueStorage } from './key-value-storage';
import type { LocalReflectionDraft, ReflectionDraftsSlice } from './reflection-drafts-slice';
import { seatKey, type Seat, type SessionSlice } from './session-slice';
import type { UiSlice } from './ui-slice';

/** The keys in localStorage. `borderline.language` predates the store: kept so the choice survives. */
export const STORAGE_KEYS = {
  language: 'borderline.language',
  seats: 'borderline.seats',
  drafts: 'borderline.drafts',
  reflectionDrafts: 'borderline.reflection-drafts',
} as const;

/**
 * Drafts (of decisions and of reflections) untouched for this long are
 * dropped when the page loads, so storage does not grow forever.
 */
export const DRAFT_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export interface Persisted {
  language: Language;
  saved: SessionSlice['saved'];
  drafts: DraftsSlice['byKey'];
  reflectionDrafts: ReflectionDraftsSlice['byKey'];
}

function readJson(storage: KeyValueStorage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

function entries(value: unknown): [string, unknown][] {
  return typeof value === 'object' && value !== null ? Object.entries(value) : [];
}

const isLanguage = (value: unknown): value is Language =>
  (LANGUAGES as readonly unknown[]).includes(value);

/** The reader's language: the remembered choice, else the browser's, else English. */
export function readLanguage(storage: KeyValueStorage | null): Language {
  const stored = storage?.getItem(STORAGE_KEYS.language);
  if (isLanguage(stored)) return stored;
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

/** Anything written by another version of the page, or by hand, is checked and skipped if wrong. */
function readSeats(storage: KeyValueStorage): Record<string, Seat> {
  const seats: Record<string, Seat> = {};
  for (const [, value] of entries(readJson(storage, STORAGE_KEYS.seats))) {
    const { playerId = null, ...auth } = (value ?? {}) as { playerId?: unknown };
    const parsed = SocketAuth.safeParse(auth);
    if (!parsed.success || (playerId !== null && typeof playerId !== 'string')) continue;
    seats[seatKey(parsed.data.exerciseId, parsed.data.role)] = { ...parsed.data, playerId };
  }
  return seats;
}

function readDrafts(storage: KeyValueStorage, now: number): Record<string, LocalDraft> {
  const drafts: Record<string, LocalDraft> = {};
  for (const [key, value] of entries(readJson(storage, STORAGE_KEYS.drafts))) {
    const { draft, move, updatedAt } = (value ?? {}) as Partial<Record<keyof LocalDraft, unknown>>;
    const parsed = DraftDecision.safeParse(draft);
    if (!parsed.success || typeof move !== 'number' || typeof updatedAt !== 'number') continue;
    if (now - updatedAt > DRAFT_LIFETIME_MS) continue;
    drafts[key] = { draft: parsed.data, move, updatedAt };
  }
  return drafts;
}

function readReflectionDrafts(
  storage: KeyValueStorage,
  now: number,
): Record<string, LocalReflectionDraft> {
  const drafts: Record<string, LocalReflectionDraft> = {};
  for (const [key, value] of entries(readJson(storage, STORAGE_KEYS.reflectionDrafts))) {
    const { answers, updatedAt } = (value ?? {}) as Partial<
      Record<keyof LocalReflectionDraft, unknown>
    >;
    const parsed = ReflectionAnswers.safeParse(answers);
    if (!parsed.success || typeof updatedAt !== 'number') continue;
    if (now - updatedAt > DRAFT_LIFETIME_MS) continue;
    drafts[key] = { answers: parsed.data, updatedAt };
  }
  return drafts;
}

export function readPersisted(storage: KeyValueStorage | null, now = Date.now()): Persisted {
  return {
    language: readLanguage(storage),
    saved: storage === null ? {} : readSeats(storage),
    drafts: storage === null ? {} : readDrafts(storage, now),
    reflectionDrafts: storage === null ? {} : readReflectionDrafts(storage, now),
  };
}

/** Writing fails when storage is full or blocked: the page keeps working from memory. */
function write(storage: KeyValueStorage, key: string, value: unknown): void {
  try {
    storage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
  } catch {
    // Nothing to do: the state in memory is still right, only a reload would lose it.
  }
}

interface PersistedSlices {
  session: SessionSlice;
  drafts: DraftsSlice;
  reflectionDrafts: ReflectionDraftsSlice;
  ui: UiSlice;
}

/** Writes what changed between two states (slices are replaced, never mutated, so `!==` tells). */
export function writeChanges(
  storage: KeyValueStorage,
  next: PersistedSlices,
  previous: PersistedSlices,
): void {
  if (next.session.saved !== previous.session.saved)
    write(storage, STORAGE_KEYS.seats, next.session.saved);
  if (next.drafts.byKey !== previous.drafts.byKey)
    write(storage, STORAGE_KEYS.drafts, next.drafts.byKey);
  if (next.reflectionDrafts.byKey !== previous.reflectionDrafts.byKey)
    write(storage, STORAGE_KEYS.reflectionDrafts, next.reflectionDrafts.byKey);
  if (next.ui.language !== previous.ui.language)
    write(storage, STORAGE_KEYS.language, next.ui.language);
}
