import {
  ExerciseId,
  FacilitatorKey,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  JoinCode,
  SeatToken,
} from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { hashSecret, realClock, realSecrets, secretMatches } from '../../../server/src/exercises';

describe('the real secrets and clock', () => {
  it('draws real join codes, ids, keys and tokens the protocol accepts', () => {
    const secrets = realSecrets();
    const codes = Array.from({ length: 200 }, () => secrets.joinCode());
    for (const code of codes) {
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect([...code].every((char) => JOIN_CODE_ALPHABET.includes(char))).toBe(true);
      expect(JoinCode.safeParse(code).success).toBe(true);
    }
    expect(new Set(codes).size).toBeGreaterThan(190);
    const key = secrets.key();
    expect(Buffer.from(key, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(FacilitatorKey.safeParse(key).success).toBe(true);
    expect(SeatToken.safeParse(secrets.key()).success).toBe(true);
    expect(secrets.key()).not.toBe(key);
    expect(ExerciseId.safeParse(secrets.id()).success).toBe(true);
    expect(Number.isInteger(secrets.seed())).toBe(true);
  });
  it('keeps a SHA-256 of a secret and compares it in constant time', () => {
    expect(hashSecret('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(secretMatches('abc', hashSecret('abc'))).toBe(true);
    expect(secretMatches('abd', hashSecret('abc'))).toBe(false);
    expect(secretMatches('abc', 'not-a-hash')).toBe(false);
  });

  it('the real clock runs a task at its time, and never once cancelled', async () => {
    const clock = realClock();
    const ran: string[] = [];
    const start = clock.now();
    clock.schedule(start + 20, () => ran.push('due'));
    const cancel = clock.schedule(start + 10, () => ran.push('cancelled'));
    cancel();
    clock.schedule(start - 1_000, () => ran.push('past'));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(ran).toEqual(['past', 'due']);
    expect(clock.now()).toBeGreaterThanOrEqual(start + 20);
  });
});
