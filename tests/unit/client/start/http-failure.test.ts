import { HttpError, NetworkError } from '@borderline/shared/http-client';
import { describe, expect, it } from 'vitest';
import { httpFailure } from '../../../../client/src/screens/start/http-failure';

describe('httpFailure', () => {
  it('keeps the code, message and reason of the shared client’s HttpError', () => {
    expect(httpFailure(new HttpError(404, 'not-found', 'No such code.'))).toStrictEqual({
      code: 'not-found',
      message: 'No such code.',
    });
    const taken = new HttpError(409, 'refused', 'Taken.', 'seat-occupied');
    expect(httpFailure(taken)).toStrictEqual({
      code: 'refused',
      message: 'Taken.',
      reason: 'seat-occupied',
    });
  });

  it('calls a NetworkError the network’s, and anything else a bug', () => {
    expect(httpFailure(new NetworkError(new TypeError('Failed to fetch')))).toEqual({
      code: 'network',
      message: 'Failed to fetch',
    });
    expect(httpFailure(new TypeError('x is undefined'))).toEqual({
      code: 'internal',
      message: 'x is undefined',
    });
  });
});
