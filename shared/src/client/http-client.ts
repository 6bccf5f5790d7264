import type { ErrorResponse } from '../protocol/http';
import {
  CreateExerciseResponse,
  ExerciseSummaryResponse,
  JoinInfoResponse,
  JoinResponse,
  type CreateExerciseRequest,
  type JoinRequest,
} from '../protocol/exercise-http';
import { FACILITATOR_KEY_HEADER } from '../protocol/session';

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

const withKey = (key: string): Record<string, string> => ({ [FACILITATOR_KEY_HEADER]: key });

/** `GET /api/exercises/:id` (Control): the exercise at a glance, its join code included. */
export async function exerciseSummaryOverHttp(
  baseUrl: string,
  exerciseId: string,
  key: string,
): Promise<ExerciseSummaryResponse> {
  const response = await fetch(`${baseUrl}/api/exercises/${encodeURIComponent(exerciseId)}`, {
    headers: withKey(key),
  });
  return ExerciseSummaryResponse.parse(await readJson(response));
}

/** `POST /api/exercises/:id/projector` (Control): the projector's observer seat, the same on every call. */
export async function projectorSeatOverHttp(
  baseUrl: string,
  exerciseId: string,
  key: string,
): Promise<JoinResponse> {
  const response = await fetch(
    `${baseUrl}/api/exercises/${encodeURIComponent(exerciseId)}/projector`,
    { method: 'POST', headers: withKey(key) },
  );
  return JoinResponse.parse(await readJson(response));
}
