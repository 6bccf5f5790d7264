import type { z } from 'zod';
import type {
  CreateExerciseRequest,
  CreateExerciseResponse,
  ExerciseSummaryResponse,
  JoinInfoResponse,
  JoinRequest,
  JoinResponse,
  ReportDataResponse,
} from '../protocol/exercise-http';
import type { HealthResponse, ScenarioListResponse } from '../protocol/http';
import { HTTP_ROUTES } from '../protocol/http-routes';
import type {
  ForkExerciseResponse,
  ReplaySecretsResponse,
  ReplayTimelineResponse,
} from '../protocol/replay-http';
import type { ExerciseView } from '../protocol/views';
import type { WhatIfResponse } from '../protocol/what-if';
import type { ReportSharingResponse } from '../report/report-http';
import type { Report } from '../report/report-schema';
import type { Language } from '../scenario/primitives';
import {
  fetchFile,
  fetchJson,
  fetchNoContent,
  type FacilitatorCredentials,
  type HttpOptions,
  type PlayerCredentials,
} from './call-route';

/**
 * The HTTP client of every route in HTTP_ROUTES, for the browser and for
 * programs (`@borderline/shared/http-client`: no socket.io). Each answer is
 * checked against its route's schema; a refusal or an unreadable answer
 * throws an HttpError with the protocol's code, no answer a NetworkError.
 */

export * from './call-route';
export * from './http-error';
export * from './route-url';

/** Per call: an abort signal, a test's fetch. The server is the first argument. */
export type CallOptions = Omit<HttpOptions, 'baseUrl'>;

/** Who reads an ended exercise (its report, its replay): Control with its key, or a player with its seat token. */
export type ReaderCredentials = FacilitatorCredentials | PlayerCredentials;
/** Who reads a report. */
export type ReportCredentials = ReaderCredentials;

const control = (key: string): FacilitatorCredentials => ({ role: 'facilitator', key });
const none = { params: {}, credentials: null } as const;

/** `GET /api/health`: the server is up and has its scenarios. */
export function healthOverHttp(
  baseUrl: string,
  options: CallOptions = {},
): Promise<HealthResponse> {
  return fetchJson(HTTP_ROUTES.health, none, { ...options, baseUrl });
}

/** `GET /api/scenarios`: the public face of every scenario. */
export function scenariosOverHttp(
  baseUrl: string,
  options: CallOptions = {},
): Promise<ScenarioListResponse> {
  return fetchJson(HTTP_ROUTES.scenarios, none, { ...options, baseUrl });
}

/** `POST /api/exercises`: the join code and the facilitator key of a new exercise. */
export function createExerciseOverHttp(
  baseUrl: string,
  request: z.input<typeof CreateExerciseRequest>,
  options: CallOptions = {},
): Promise<CreateExerciseResponse> {
  return fetchJson(HTTP_ROUTES.createExercise, { ...none, body: request }, { ...options, baseUrl });
}

/** `GET /api/join/:code`: what a player sees before choosing a team. */
export function joinInfoOverHttp(
  baseUrl: string,
  code: string,
  options: CallOptions = {},
): Promise<JoinInfoResponse> {
  const call = { params: { code }, credentials: null };
  return fetchJson(HTTP_ROUTES.joinInfo, call, { ...options, baseUrl });
}

/** `POST /api/join`: a seat and the token that brings the player back to it. */
export function joinOverHttp(
  baseUrl: string,
  request: z.input<typeof JoinRequest>,
  options: CallOptions = {},
): Promise<JoinResponse> {
  return fetchJson(HTTP_ROUTES.join, { ...none, body: request }, { ...options, baseUrl });
}

/** The call of a Control route of one exercise. */
const ofExercise = (exerciseId: string, key: string) => ({
  params: { id: exerciseId },
  credentials: control(key),
});

/** `GET /api/exercises/:id` (Control): the exercise at a glance, its join code included. */
export function exerciseSummaryOverHttp(
  baseUrl: string,
  exerciseId: string,
  key: string,
  options: CallOptions = {},
): Promise<ExerciseSummaryResponse> {
  const call = ofExercise(exerciseId, key);
  return fetchJson(HTTP_ROUTES.exerciseSummary, call, { ...options, baseUrl });
}

/** `DELETE /api/exercises/:id` (Control). */
export function deleteExerciseOverHttp(
  baseUrl: string,
  exerciseId: string,
  key: string,
  options: CallOptions = {},
): Promise<void> {
  const call = ofExercise(exerciseId, key);
  return fetchNoContent(HTTP_ROUTES.deleteExercise, call, { ...options, baseUrl });
}

/** `GET /api/exercises/:id/report-data` (Control): Control's own view, what the report is made of. */
export function reportDataOverHttp(
  baseUrl: string,
  exerciseId: string,
  key: string,
  options: CallOptions = {},
): Promise<ReportDataResponse> {
  const call = ofExercise(exerciseId, key);
  return fetchJson(HTTP_ROUTES.reportData, call, { ...options, baseUrl });
}

/** `POST /api/exercises/:id/projector` (Control): the projector's observer seat, the same on every call. */
export function projectorSeatOverHttp(
  baseUrl: string,
  exerciseId: string,
  key: string,
  options: CallOptions = {},
): Promise<JoinResponse> {
  const call = ofExercise(exerciseId, key);
  return fetchJson(HTTP_ROUTES.projectorSeat, call, { ...options, baseUrl });
}

/** `GET /api/exercises/:id/replay`: the steps of an ended exercise, for Control or a seated player. */
export function replayTimelineOverHttp(
  baseUrl: string,
  exerciseId: string,
  credentials: ReaderCredentials,
  options: CallOptions = {},
): Promise<ReplayTimelineResponse> {
  const call = { params: { id: exerciseId }, credentials };
  return fetchJson(HTTP_ROUTES.replayTimeline, call, { ...options, baseUrl });
}

/** `GET /api/exercises/:id/what-if`: choices versus dice, computing until it is ready. */
export function whatIfOverHttp(
  baseUrl: string,
  exerciseId: string,
  credentials: ReaderCredentials,
  options: CallOptions = {},
): Promise<WhatIfResponse> {
  const call = { params: { id: exerciseId }, credentials };
  return fetchJson(HTTP_ROUTES.whatIf, call, { ...options, baseUrl });
}

/** `GET /api/exercises/:id/replay/:step?as=...`: the world at a step through someone's eyes. */
export function replayViewOverHttp(
  baseUrl: string,
  exerciseId: string,
  credentials: ReaderCredentials,
  at: { step: number; as: string },
  options: CallOptions = {},
): Promise<ExerciseView> {
  const call = {
    params: { id: exerciseId, step: String(at.step) },
    query: { as: at.as },
    credentials,
  };
  return fetchJson(HTTP_ROUTES.replayView, call, { ...options, baseUrl });
}

/** `GET /api/exercises/:id/replay-secrets` (Control): whether players may replay every team's eyes. */
export function replaySecretsOverHttp(
  baseUrl: string,
  exerciseId: string,
  key: string,
  options: CallOptions = {},
): Promise<ReplaySecretsResponse> {
  const call = ofExercise(exerciseId, key);
  return fetchJson(HTTP_ROUTES.replaySecrets, call, { ...options, baseUrl });
}

/** `PUT /api/exercises/:id/replay-secrets` (Control): reveals the teams' secrets in the replay, or hides them. */
export function setReplaySecretsOverHttp(
  baseUrl: string,
  exerciseId: string,
  key: string,
  revealed: boolean,
  options: CallOptions = {},
): Promise<ReplaySecretsResponse> {
  const call = { ...ofExercise(exerciseId, key), body: { revealed } };
  return fetchJson(HTTP_ROUTES.setReplaySecrets, call, { ...options, baseUrl });
}

/** `POST /api/exercises/:id/fork` (Control): a new exercise from the opening of `move`. */
export function forkOverHttp(
  baseUrl: string,
  exerciseId: string,
  key: string,
  move: number,
  options: CallOptions = {},
): Promise<ForkExerciseResponse> {
  const call = { ...ofExercise(exerciseId, key), body: { move } };
  return fetchJson(HTTP_ROUTES.fork, call, { ...options, baseUrl });
}

/** `GET /api/exercises/:id/report-sharing` (Control): whether the players may read the report. */
export function reportSharingOverHttp(
  baseUrl: string,
  exerciseId: string,
  key: string,
  options: CallOptions = {},
): Promise<ReportSharingResponse> {
  const call = ofExercise(exerciseId, key);
  return fetchJson(HTTP_ROUTES.reportSharing, call, { ...options, baseUrl });
}

/** `PUT /api/exercises/:id/report-sharing` (Control): shares the report with the players, or stops. */
export function setReportSharingOverHttp(
  baseUrl: string,
  exerciseId: string,
  key: string,
  shared: boolean,
  options: CallOptions = {},
): Promise<ReportSharingResponse> {
  const call = { ...ofExercise(exerciseId, key), body: { shared } };
  return fetchJson(HTTP_ROUTES.setReportSharing, call, { ...options, baseUrl });
}

/** `GET /api/exercises/:id/report`: the after-action report, once the exercise has ended. */
export function reportOverHttp(
  baseUrl: string,
  exerciseId: string,
  credentials: ReportCredentials,
  options: CallOptions = {},
): Promise<Report> {
  const call = { params: { id: exerciseId }, credentials };
  return fetchJson(HTTP_ROUTES.report, call, { ...options, baseUrl });
}

/** `GET /api/exercises/:id/report.md?language=...`: the report as a Markdown file. */
export function reportMarkdownOverHttp(
  baseUrl: string,
  exerciseId: string,
  credentials: ReportCredentials,
  language: Language,
  options: CallOptions = {},
): Promise<Blob> {
  const call = { params: { id: exerciseId }, query: { language }, credentials };
  return fetchFile(HTTP_ROUTES.reportMarkdown, call, { ...options, baseUrl });
}

/** `GET /api/exercises/:id/report-export.json`: the report with the full log, as a file. */
export function reportExportOverHttp(
  baseUrl: string,
  exerciseId: string,
  credentials: ReportCredentials,
  options: CallOptions = {},
): Promise<Blob> {
  const call = { params: { id: exerciseId }, credentials };
  return fetchFile(HTTP_ROUTES.reportExport, call, { ...options, baseUrl });
}

/** `GET /api/exercises/:id/grades.csv?language=...`: the grades (Control's key) as a CSV file. */
export function gradesOverHttp(
  baseUrl: string,
  exerciseId: string,
  key: string,
  language: Language,
  options: CallOptions = {},
): Promise<Blob> {
  const call = { params: { id: exerciseId }, query: { language }, credentials: control(key) };
  return fetchFile(HTTP_ROUTES.grades, call, { ...options, baseUrl });
}
