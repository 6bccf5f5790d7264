import type { ErrorResponse } from '../protocol/http';
import {
  CreateExerciseResponse,
  JoinInfoResponse,
  JoinResponse,
  type CreateExerciseRequest,
  type JoinRequest,
} from '../protocol/exercise-http';

/** An HTTP answer that was not a success, with the server's code and message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

async function readJson(response: Response): Promise<unknown> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as Partial<ErrorResponse> | null)?.error;
    throw new HttpError(
      response.status,
      error?.code ?? 'http-error',
      error?.message ?? `The server answered ${response.status}.`,
    );
  }
  return body;
}

const jsonPost = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** `POST /api/exercises`: the join code and the facilitator key of a new exercise. */
export async function createExerciseOverHttp(
  baseUrl: string,
  request: Partial<CreateExerciseRequest> & { scenarioId: string },
): Promise<CreateExerciseResponse> {
  const response = await fetch(`${baseUrl}/api/exercises`, jsonPost(request));
  return CreateExerciseResponse.parse(await readJson(response));
}

/** `GET /api/join/:code`: what a player sees before choosing a team. */
export async function joinInfoOverHttp(baseUrl: string, code: string): Promise<JoinInfoResponse> {
  const response = await fetch(`${baseUrl}/api/join/${encodeURIComponent(code)}`);
  return JoinInfoResponse.parse(await readJson(response));
}

/** `POST /api/join`: a seat and the token that brings the player back to it. */
export async function joinOverHttp(baseUrl: string, request: JoinRequest): Promise<JoinResponse> {
  const response = await fetch(`${baseUrl}/api/join`, jsonPost(request));
  return JoinResponse.parse(await readJson(response));
}
