import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@borderline/shared';

/** Where the service gets ids, codes, keys and seeds; tests inject deterministic ones. */
export interface Secrets {
  /** A unique id for an exercise, a player or a chat message. */
  id(): string;
  /** A short code players type to join (collisions are retried by the service). */
  joinCode(): string;
  /** A facilitator key or a seat token: at least 128 bits, kept only as a hash. */
  key(): string;
  /** An exercise's random seed, a 32-bit integer. */
  seed(): number;
}

/** Join codes use the protocol's alphabet (no 0/O, 1/I/L), drawn uniformly. */
export function realSecrets(): Secrets {
  return {
    id: () => randomUUID(),
    joinCode: () =>
      Array.from(
        { length: JOIN_CODE_LENGTH },
        () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)],
      ).join(''),
    // 256 bits, URL-safe so it can travel in a link or a header.
    key: () => randomBytes(32).toString('base64url'),
    seed: () => randomBytes(4).readUInt32BE(0),
  };
}

/** What the store keeps of a key or a token: its SHA-256, in hex. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether `secret` hashes to `hash`, compared in constant time. */
export function secretMatches(secret: string, hash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const kept = Buffer.from(hash, 'hex');
  return given.length === kept.length && timingSafeEqual(given, kept);
}

/** A join code as typed: upper case, without spaces or dashes. */
export function normaliseJoinCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}
