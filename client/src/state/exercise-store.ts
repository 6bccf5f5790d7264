import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { initialChat, type ChatSlice } from './chat-slice';
import { initialConnection, type ConnectionSlice } from './connection-slice';
import { type DraftsSlice } from './drafts-slice';
import { browserStorage, type KeyValueStorage } from './key-value-storage';
import { readPersisted, writeChanges } from './persistence';
import type { ReflectionDraftsSlice } from './reflection-drafts-slice';
import { type SessionSlice } from './session-slice';
import type { UiSlice } from './ui-slice';
import { initialView, type ViewSlice } from './view-slice';

/**
 * Everything the browser knows, in small slices. Data only: each slice's
 * pure updaters (`*-slice.ts`) compute the next slice, and whoever has
 * news (the socket listeners in connection/, a component's handler) calls
 * `setState` with it. No game rules and no socket live here.
 */
export interface ExerciseState {
  connection: ConnectionSlice;
  session: SessionSlice;
  view: ViewSlice;
  chat: ChatSlice;
  drafts: DraftsSlice;
  reflectionDrafts: ReflectionDraftsSlice;
  ui: UiSlice;
}

export type ExerciseStore = UseBoundStore<StoreApi<ExerciseState>>;

/**
 * A store filled from storage (remembered seats, decision and reflection drafts, language), writing
 * those back whenever they change. A reload is `createExerciseStore` again
 * on the same storage.
 */
export function createExerciseStore(
  storage: KeyValueStorage | null = browserStorage(),
): ExerciseStore {
  const persisted = readPersisted(storage);
  const store = create<ExerciseState>()(() => ({
    connection: initialConnection,
    session: { current: null, saved: persisted.saved },
    view: initialView,
    chat: initialChat,
    drafts: { byKey: persisted.drafts },
    reflectionDrafts: { byKey: persisted.reflectionDrafts },
    ui: { language: persisted.language },
  }));
  if (storage !== null) store.subscribe((next, previous) => writeChanges(storage, next, previous));
  return store;
}

/** The page's one store. */
export const useExerciseStore: ExerciseStore = createExerciseStore();
