import type { Request } from 'express';
import { normaliseJoinCode } from '../exercises/secrets';
import type { ExerciseOfRequest } from './http-relay';

const EXERCISE_PATH = /^\/api\/exercises\/([^/]+)(?:\/|$)/;
const JOIN_INFO_PATH = /^\/api\/join\/([^/]+)\/?$/;

/**
 * Which stored exercise an API request is about: the id in its path, or the
 * exercise of the join code it names (in the path, or the body of a join).
 * undefined for any other request (creating an exercise, health, scenarios),
 * which this process answers itself.
 */
export function exerciseOfRequest(
  findByJoinCode: (joinCode: string) => Promise<{ id: string } | undefined>,
): ExerciseOfRequest {
  const byCode = async (code: string) =>
    code.length > 0 && code.length <= 64
      ? (await findByJoinCode(normaliseJoinCode(code)))?.id
      : undefined;
  return async (request: Request) => {
    // The whole path: the middleware may be mounted under /api.
    const path = new URL(request.originalUrl, 'http://relay.invalid').pathname;
    const exercise = EXERCISE_PATH.exec(path);
    if (exercise?.[1] !== undefined) return decodeURIComponent(exercise[1]);
    const join = JOIN_INFO_PATH.exec(path);
    if (join?.[1] !== undefined && request.method === 'GET') {
      return byCode(decodeURIComponent(join[1]));
    }
    if (path === '/api/join' && request.method === 'POST') {
      const body: unknown = request.body;
      if (typeof body === 'object' && body !== null && 'joinCode' in body) {
        const { joinCode } = body;
        if (typeof joinCode === 'string') return byCode(joinCode);
      }
    }
    return undefined;
  };
}
