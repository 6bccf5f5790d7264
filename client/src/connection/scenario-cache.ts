import type { ScenarioCache, StaticFace } from '@borderline/shared/client';
import { browserStorage, type KeyValueStorage } from '../state/key-value-storage';

const INDEX_KEY = 'borderline.scenarios';
const entryKey = (key: string) => `borderline.scenario.${key}`;
/** A scenario's static face is tens of KB, Control's desk some 150: keep the few versions in use. */
const MAX_HELD = 6;

function readIndex(storage: KeyValueStorage): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(INDEX_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((key) => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The scenario versions this browser has received, kept in its storage so
 * that a reload or a second tab need not receive them again. Storage that is
 * blocked or full only costs the bytes: the server sends what is not named.
 */
export function browserScenarioCache(
  storage: KeyValueStorage | null = browserStorage(),
): ScenarioCache {
  const memory = new Map<string, StaticFace>();
  const held = (): string[] => (storage === null ? [...memory.keys()] : readIndex(storage));
  return {
    get(key) {
      const known = memory.get(key);
      if (known !== undefined || storage === null) return known;
      try {
        const text = storage.getItem(entryKey(key));
        if (text === null) return undefined;
        const face = JSON.parse(text) as StaticFace;
        memory.set(key, face);
        return face;
      } catch {
        return undefined;
      }
    },
    set(key, face) {
      memory.set(key, face);
      if (storage === null) return;
      const keys = [...held().filter((other) => other !== key), key];
      try {
        for (const old of keys.slice(0, -MAX_HELD)) storage.removeItem(entryKey(old));
        storage.setItem(entryKey(key), JSON.stringify(face));
        storage.setItem(INDEX_KEY, JSON.stringify(keys.slice(-MAX_HELD)));
      } catch {
        // Full or blocked: the version stays in memory for this page only.
      }
    },
    keys: held,
  };
}
