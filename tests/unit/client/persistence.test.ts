import { MAX_REFLECTION_ANSWER } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { draftCleared, draftKey, draftWritten } from '../../../client/src/state/drafts-slice';
import { createExerciseStore } from '../../../client/src/state/exercise-store';
import {
  oldReflectionDraftKey,
  takeOldReflectionDraft,
} from '../../../client/src/state/old-reflection-draft';
import { DRAFT_LIFETIME_MS, STORAGE_KEYS } from '../../../client/src/state/persistence';
import {
  reflectionDraftCleared,
  reflectionDraftKey,
  reflectionDraftWritten,
} from '../../../client/src/state/reflection-drafts-slice';
import {
  seatForgotten,
  seatKey,
  seatResumed,
  seatTaken,
  type Seat,
} from '../../../client/src/state/session-slice';
import { languageChosen } from '../../../client/src/state/ui-slice';
import { memoryStorage } from './memory-storage';

const seat: Seat = {
  exerciseId: 'exercise-1',
  role: 'player',
  token: 'Vb6yQ0sN3wXk9LmA2cRt7uHe5JdPz8Gf',
  playerId: 'p-4f2a',
};

describe('what survives a reload', () => {
  it('brings the browser back to its seat with the same token', () => {
    const storage = memoryStorage();
    const before = createExerciseStore(storage);
    before.setState((state) => ({ session: seatTaken(state.session, seat) }));

    const reloaded = createExerciseStore(storage);
    expect(reloaded.getState().session.current).toBeNull();
    reloaded.setState((state) => ({
      session: seatResumed(state.session, 'exercise-1', 'player'),
    }));
    expect(reloaded.getState().session.current).toEqual(seat);
  });

  it('forgets a seat for good when asked', () => {
    const storage = memoryStorage();
    const store = createExerciseStore(storage);
    store.setState((state) => ({ session: seatTaken(state.session, seat) }));
    store.setState((state) => ({
      session: seatForgotten(state.session, 'exercise-1', 'player'),
    }));
    expect(createExerciseStore(storage).getState().session.saved).toEqual({});
  });

  it('keeps a half-written decision as it is typed, and drops it once cleared', () => {
    const storage = memoryStorage();
    const store = createExerciseStore(storage);
    const key = draftKey('exercise-1', 'washington');
    const typed = ['W', 'We', 'We wa', 'We wait'];
    for (const rationale of typed) {
      store.setState((state) => ({
        drafts: draftWritten(state.drafts, key, { kind: 'hold', rationale }, 1, Date.now()),
      }));
      // Every keystroke is on disk before the next one: a reload at any point keeps it.
      expect(createExerciseStore(storage).getState().drafts.byKey[key]?.draft).toEqual({
        kind: 'hold',
        rationale,
      });
    }
    store.setState((state) => ({ drafts: draftCleared(state.drafts, key) }));
    expect(createExerciseStore(storage).getState().drafts.byKey).toEqual({});
  });

  it('keeps a half-written reflection per exercise and player, and drops it once sent', () => {
    const storage = memoryStorage();
    const store = createExerciseStore(storage);
    const mine = reflectionDraftKey('exercise-1', 'p-4f2a');
    const theirs = reflectionDraftKey('exercise-1', 'p-9c1d');
    const typed = ['T', 'Tr', 'Trade', 'Trade is a lever.'];
    for (const takeaway of typed) {
      store.setState((state) => ({
        reflectionDrafts: reflectionDraftWritten(
          state.reflectionDrafts,
          mine,
          { takeaway },
          Date.now(),
        ),
      }));
      expect(createExerciseStore(storage).getState().reflectionDrafts.byKey[mine]?.answers).toEqual(
        { takeaway },
      );
    }
    store.setState((state) => ({
      reflectionDrafts: reflectionDraftWritten(
        state.reflectionDrafts,
        theirs,
        { why: 'No' },
        Date.now(),
      ),
    }));
    store.setState((state) => ({
      reflectionDrafts: reflectionDraftCleared(state.reflectionDrafts, mine),
    }));
    const reloaded = createExerciseStore(storage).getState().reflectionDrafts.byKey;
    // Only the sent one goes: the other player's draft on this browser stays.
    expect(Object.keys(reloaded)).toEqual([theirs]);
  });

  it('drops a reflection draft untouched too long, or one it cannot read', () => {
    const now = Date.now();
    const storage = memoryStorage({
      [STORAGE_KEYS.reflectionDrafts]: JSON.stringify({
        fresh: { answers: { why: 'Because' }, updatedAt: now - DRAFT_LIFETIME_MS + 1000 },
        stale: { answers: { why: 'Because' }, updatedAt: now - DRAFT_LIFETIME_MS - 1 },
        unknownField: { answers: { why: 'Because', secret: 'x' }, updatedAt: now },
        notText: { answers: { why: 42 }, updatedAt: now },
        tooLong: { answers: { why: 'x'.repeat(MAX_REFLECTION_ANSWER + 1) }, updatedAt: now },
        noDate: { answers: { why: 'Because' } },
      }),
    });
    expect(Object.keys(createExerciseStore(storage).getState().reflectionDrafts.byKey)).toEqual([
      'fresh',
    ]);
    const broken = memoryStorage({ [STORAGE_KEYS.reflectionDrafts]: '{not json' });
    expect(createExerciseStore(broken).getState().reflectionDrafts.byKey).toEqual({});
  });

  it('takes a draft left under the old per-player key once, checked, and removes the key', () => {
    const good = oldReflectionDraftKey('exercise-1', 'p-4f2a');
    const bad = oldReflectionDraftKey('exercise-1', 'p-9c1d');
    const storage = memoryStorage({
      [good]: JSON.stringify({ takeaway: 'Talk first.' }),
      [bad]: JSON.stringify({ takeaway: 7 }),
    });
    expect(takeOldReflectionDraft(storage, 'exercise-1', 'p-4f2a')).toEqual({
      takeaway: 'Talk first.',
    });
    expect(takeOldReflectionDraft(storage, 'exercise-1', 'p-4f2a')).toBeNull();
    expect(takeOldReflectionDraft(storage, 'exercise-1', 'p-9c1d')).toBeNull();
    expect(storage.entries.size).toBe(0);
    expect(takeOldReflectionDraft(null, 'exercise-1', 'p-4f2a')).toBeNull();
  });

  it('remembers the chosen language', () => {
    const storage = memoryStorage();
    const store = createExerciseStore(storage);
    store.setState((state) => ({ ui: languageChosen(state.ui, 'es') }));
    expect(storage.getItem(STORAGE_KEYS.language)).toBe('es');
    expect(createExerciseStore(storage).getState().ui.language).toBe('es');
  });

  it('skips what it cannot read: broken JSON, a wrong seat, an old or malformed draft', () => {
    const now = Date.now();
    const storage = memoryStorage({
      [STORAGE_KEYS.language]: 'fr',
      [STORAGE_KEYS.seats]: JSON.stringify({
        good: seat,
        noToken: { exerciseId: 'exercise-2', role: 'player', playerId: 'p-2' },
        extraField: { ...seat, exerciseId: 'exercise-3', secret: 'x' },
        badPlayer: { ...seat, exerciseId: 'exercise-4', playerId: 4 },
      }),
      [STORAGE_KEYS.drafts]: JSON.stringify({
        fresh: { draft: { kind: 'hold' }, move: 1, updatedAt: now },
        stale: { draft: { kind: 'hold' }, move: 1, updatedAt: now - DRAFT_LIFETIME_MS - 1 },
        wrongKind: { draft: { kind: 'maybe' }, move: 1, updatedAt: now },
        noMove: { draft: { kind: 'hold' }, updatedAt: now },
      }),
    });
    const state = createExerciseStore(storage).getState();
    expect(state.session.saved).toEqual({ [seatKey('exercise-1', 'player')]: seat });
    expect(Object.keys(state.drafts.byKey)).toEqual(['fresh']);
    expect(['en', 'es']).toContain(state.ui.language);

    const broken = memoryStorage({ [STORAGE_KEYS.seats]: '{not json', [STORAGE_KEYS.drafts]: '[' });
    expect(createExerciseStore(broken).getState().session.saved).toEqual({});
  });

  it('keeps working in memory when storage refuses to write (full, or blocked)', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = createExerciseStore(storage);
    store.setState((state) => ({ session: seatTaken(state.session, seat) }));
    expect(store.getState().session.current).toEqual(seat);
  });
});
