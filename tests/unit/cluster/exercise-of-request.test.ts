import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { exerciseOfRequest } from '../../../server/src/cluster/exercise-of-request';

const request = (method: string, originalUrl: string, body?: unknown): Request =>
  ({ method, originalUrl, body }) as Request;

describe('which exercise an API request is about (the HTTP relay routes by it)', () => {
  const codes = new Map([['ABC234', 'ex-by-code']]);
  const asked: string[] = [];
  const exerciseOf = exerciseOfRequest((code) => {
    asked.push(code);
    const id = codes.get(code);
    return Promise.resolve(id === undefined ? undefined : { id });
  });

  it('reads the id of every /api/exercises/:id route, with or without a tail', async () => {
    expect(await exerciseOf(request('GET', '/api/exercises/ex-1'))).toBe('ex-1');
    expect(await exerciseOf(request('DELETE', '/api/exercises/ex-1'))).toBe('ex-1');
    expect(await exerciseOf(request('GET', '/api/exercises/ex-2/replay/3?as=control'))).toBe(
      'ex-2',
    );
    expect(await exerciseOf(request('POST', '/api/exercises/ex%203/fork'))).toBe('ex 3');
  });

  it('finds a join code’s exercise, normalised as the service does, in the path or the body', async () => {
    expect(await exerciseOf(request('GET', '/api/join/abc-234'))).toBe('ex-by-code');
    expect(await exerciseOf(request('POST', '/api/join', { joinCode: 'abc 234', name: 'A' }))).toBe(
      'ex-by-code',
    );
    expect(asked).toEqual(['ABC234', 'ABC234']);
    expect(await exerciseOf(request('GET', '/api/join/ZZZ999'))).toBeUndefined();
  });

  it('leaves everything else to this process', async () => {
    expect(await exerciseOf(request('POST', '/api/exercises'))).toBeUndefined();
    expect(await exerciseOf(request('GET', '/api/health'))).toBeUndefined();
    expect(await exerciseOf(request('GET', '/api/scenarios'))).toBeUndefined();
    expect(await exerciseOf(request('POST', '/api/join', { name: 'no code' }))).toBeUndefined();
    expect(await exerciseOf(request('POST', '/api/join', 'not json'))).toBeUndefined();
  });
});
