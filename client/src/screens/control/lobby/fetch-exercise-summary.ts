import { ExerciseSummaryResponse, FACILITATOR_KEY_HEADER } from '@borderline/shared';
import { HttpError } from '@borderline/shared/client';

/**
 * `GET /api/exercises/:id` with the facilitator key in its header (never in
 * the URL): the exercise at a glance, which carries the join code the view
 * leaves out. Throws the shared client's HttpError with the server's words.
 */
export async function fetchExerciseSummary(
  exerciseId: string,
  key: string,
  signal?: AbortSignal,
): Promise<ExerciseSummaryResponse> {
  const response = await fetch(`/api/exercises/${encodeURIComponent(exerciseId)}`, {
    headers: { [FACILITATOR_KEY_HEADER]: key },
    signal,
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new HttpError(
      response.status,
      error?.code ?? 'http-error',
      error?.message ?? `The server answered ${response.status}.`,
    );
  }
  return ExerciseSummaryResponse.parse(body);
}
