/**
 * The seeded random source: sfc32 (the Small Fast Counting generator from
 * Chris Doty-Humphrey's PractRand), seeded through splitmix32.
 *
 * Hand-written rather than imported on purpose: its whole state is four plain
 * 32-bit numbers kept in the exercise context, so that a persisted snapshot
 * or a replayed log continues the exact same sequence. Library generators
 * keep their state in closures or class instances that JSON cannot carry.
 * Every function is pure: it returns the value and the next state.
 */
export type RngState = [number, number, number, number];

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function seedRng(seed: number): RngState {
  const next = splitmix32(seed);
  let state: RngState = [next(), next(), next(), next()];
  for (let i = 0; i < 12; i += 1) state = nextUint32(state)[1];
  return state;
}

export function nextUint32(state: RngState): [number, RngState] {
  let [a, b, c, d] = state;
  const t0 = (a + b) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  d = (d + 1) | 0;
  const t = (t0 + d) | 0;
  c = (c + t) | 0;
  return [t >>> 0, [a >>> 0, b >>> 0, c >>> 0, d >>> 0]];
}

/** A float in [0, 1). */
export function nextFloat(state: RngState): [number, RngState] {
  const [value, next] = nextUint32(state);
  return [value / 4294967296, next];
}

/** An integer in [1, sides]. */
export function nextDie(state: RngState, sides: number): [number, RngState] {
  const [value, next] = nextFloat(state);
  return [Math.floor(value * sides) + 1, next];
}

/** FNV-1a over the parts, to derive independent seeds (a bot's, a game's). */
export function hashSeed(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  const text = parts.join('\u0000');
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
