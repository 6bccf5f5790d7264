import {
  FACILITATOR_KEY_HEADER,
  ForkExerciseResponse,
  type ErrorResponse,
  type ExerciseView,
  type ReplayTimelineResponse,
} from '@borderline/shared';
import { HttpError } from '@borderline/shared/client';

/** The replay and fork routes (docs/protocol.md, "Replay and fork"), with the facilitator key. */

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

const exerciseRoute = (exerciseId: string) => `/api/exercises/${encodeURIComponent(exerciseId)}`;

/** `GET /api/exercises/:id/replay`: the steps of an ended exercise. */
export async function fetchReplayTimeline(
  exerciseId: string,
  key: string,
  baseUrl = '',
): Promise<ReplayTimelineResponse> {
  const response = await fetch(`${baseUrl}${exerciseRoute(exerciseId)}/replay`, {
    headers: { [FACILITATOR_KEY_HEADER]: key },
  });
  return (await readJson(response)) as ReplayTimelineResponse;
}

/** `GET /api/exercises/:id/replay/:step?as=...`: the world at a step through someone's eyes. */
export async function fetchReplayView(
  exerciseId: string,
  key: string,
  step: number,
  as: string,
  baseUrl = '',
): Promise<ExerciseView> {
  const query = new URLSearchParams({ as }).toString();
  const response = await fetch(`${baseUrl}${exerciseRoute(exerciseId)}/replay/${step}?${query}`, {
    headers: { [FACILITATOR_KEY_HEADER]: key },
  });
  return (await readJson(response)) as ExerciseView;
}

/** `POST /api/exercises/:id/fork`: a new exercise from the opening of `move`. */
export async function forkOverHttp(
  exerciseId: string,
  key: string,
  move: number,
  baseUrl = '',
): Promise<ForkExerciseResponse> {
  const response = await fetch(`${baseUrl}${exerciseRoute(exerciseId)}/fork`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [FACILITATOR_KEY_HEADER]: key },
    body: JSON.stringify({ move }),
  });
  return ForkExerciseResponse.parse(await readJson(response));
}
