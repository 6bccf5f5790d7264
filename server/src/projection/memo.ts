/**
 * A cache of a pure projection step, keyed by an immutable input object and
 * a short variant string that must name everything else the step reads
 * (the recipient's team, a use count...).
 *
 * Why: the broadcaster diffs each recipient class's new view against the one
 * it sent (JSON patch), and the diff skips a subtree that is the same object
 * in both. Building the unchanged parts of a view (the log so far, the hand,
 * the published results) as the same objects each time makes the diff and
 * the projection cost what changed, not what the game has accumulated. Keys
 * are held weakly: an exercise that leaves memory takes its entries along.
 */
export type ObjectCache<K extends object, V> = (key: K, variant: string, compute: () => V) => V;

export function objectCache<K extends object, V>(): ObjectCache<K, V> {
  const cache = new WeakMap<K, Map<string, V>>();
  return (key, variant, compute) => {
    let variants = cache.get(key);
    if (variants === undefined) {
      variants = new Map();
      cache.set(key, variants);
    }
    const cached = variants.get(variant);
    if (cached !== undefined) return cached;
    const value = compute();
    variants.set(variant, value);
    return value;
  };
}
