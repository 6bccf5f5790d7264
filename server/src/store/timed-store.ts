import type { ExerciseStore } from './exercise-store';

/**
 * The store with every operation timed (the metrics' store latency): a
 * proxy, so that an operation added to the store is timed without a line
 * here.
 */
export function timedStore(
  store: ExerciseStore,
  observe: (operation: string, seconds: number) => void,
): ExerciseStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const operation = String(property);
      return (...args: unknown[]): unknown => {
        const started = performance.now();
        try {
          return Reflect.apply(value, target, args);
        } finally {
          observe(operation, (performance.now() - started) / 1000);
        }
      };
    },
  });
}
