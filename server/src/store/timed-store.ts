/**
 * The store with every operation timed (the metrics' store latency): a
 * proxy, so that an operation added to the store is timed without a line
 * here. An operation that answers a promise (a database server's) is timed
 * until the promise settles.
 */
export function timedStore<Store extends object>(
  store: Store,
  observe: (operation: string, seconds: number) => void,
): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const operation = String(property);
      return (...args: unknown[]): unknown => {
        const started = performance.now();
        const done = () => observe(operation, (performance.now() - started) / 1000);
        let settlesLater = false;
        try {
          const result: unknown = Reflect.apply(value, target, args);
          if (result instanceof Promise) {
            settlesLater = true;
            return result.finally(done);
          }
          return result;
        } finally {
          if (!settlesLater) done();
        }
      };
    },
  });
}
