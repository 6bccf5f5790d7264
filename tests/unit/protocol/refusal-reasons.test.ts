import { describe, expect, it } from 'vitest';
import {
  AckErrorSchema,
  ERROR_CODES,
  errorCodeOf,
  HTTP_STATUS,
  REFUSAL_REASONS,
  refusalError,
  RefusalReason,
} from '@borderline/shared';

describe('the one table of refusal reasons', () => {
  it('gives every reason a wire code, and every wire code an HTTP status', () => {
    for (const reason of RefusalReason.options) {
      expect(ERROR_CODES).toContain(errorCodeOf(reason));
      expect(HTTP_STATUS[errorCodeOf(reason)]).toBeGreaterThanOrEqual(400);
    }
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('says who gives each reason', () => {
    for (const entry of Object.values(REFUSAL_REASONS)) expect(entry.by.length).toBeGreaterThan(0);
    expect(REFUSAL_REASONS['not-their-turn'].by).toEqual(['engine']);
    expect(REFUSAL_REASONS['not-lead'].by).toEqual(['service']);
    expect(REFUSAL_REASONS['exercise-not-ended'].by).toEqual(['replay']);
  });

  it('puts the reason under its code, and reads back only known reasons', () => {
    expect(refusalError('not-their-turn', 'Not yet.')).toEqual({
      code: 'refused',
      message: 'Not yet.',
      reason: 'not-their-turn',
    });
    expect(refusalError('unknown-exercise', 'No.').code).toBe('not-found');
    expect(refusalError('invalid-key', 'No.').code).toBe('unauthorized');
    expect(
      AckErrorSchema.safeParse({ code: 'refused', message: 'x', reason: 'max-covert' }).success,
    ).toBe(true);
    expect(
      AckErrorSchema.safeParse({ code: 'refused', message: 'x', reason: 'made-up' }).success,
    ).toBe(false);
    expect(AckErrorSchema.safeParse({ code: 'teapot', message: 'x' }).success).toBe(false);
  });
});
