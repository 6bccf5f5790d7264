import type { ExerciseStore } from '../../server/src/store/exercise-store';

/**
 * A store whose writes (events, chat, players) throw the error `failure()`
 * returns while it returns one, and go through while it returns null: a
 * disk that fills up or breaks, for `startInProcessServer({ wrapStore })`.
 */
export function failingWrites(
  failure: () => Error | null,
): (store: ExerciseStore) => ExerciseStore {
  const check = () => {
    const error = failure();
    if (error !== null) throw error;
  };
  return (store) => ({
    ...store,
    appendEvent(...args) {
      check();
      store.appendEvent(...args);
    },
    appendChat(message) {
      check();
      store.appendChat(message);
    },
    savePlayer(record) {
      check();
      store.savePlayer(record);
    },
  });
}
