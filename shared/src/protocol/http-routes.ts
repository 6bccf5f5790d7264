import { z } from 'zod';
import {
  ReportMarkdownQuery,
  ReportSharingRequest,
  ReportSharingResponse,
} from '../report/report-http';
import { Report } from '../report/report-schema';
import {
  CreateExerciseRequest,
  CreateExerciseResponse,
  ExerciseSummaryResponse,
  JoinInfoResponse,
  JoinRequest,
  JoinResponse,
  ReportDataResponse,
} from './exercise-http';
import { ExerciseViewOutline } from './exercise-view-outline';
import { HealthResponse, ScenarioListResponse } from './http';
import {
  fileDownload,
  jsonResponse,
  NO_BODY,
  NO_CONTENT,
  NO_PARAMS,
  NO_QUERY,
  type HttpRoute,
} from './http-route';
import {
  ForkExerciseRequest,
  ForkExerciseResponse,
  ReplaySecretsRequest,
  ReplaySecretsResponse,
  ReplayStepParam,
  ReplayTimelineResponse,
  ReplayViewQuery,
} from './replay-http';
import { ExerciseId, JoinCode } from './session';
import { WhatIfResponse } from './what-if';

const ExerciseParams = z.strictObject({ id: ExerciseId });

/**
 * Every HTTP route of the server, once: the server registers each from its
 * entry (parsing params, query and body with these schemas) and the shared
 * HTTP client builds its requests and reads its answers from the same
 * entry. See docs/protocol.md for what each one does.
 */
export const HTTP_ROUTES = {
  health: {
    method: 'get',
    path: '/api/health',
    credentials: 'none',
    params: NO_PARAMS,
    query: NO_QUERY,
    body: NO_BODY,
    response: jsonResponse(HealthResponse),
    status: [200],
  },
  scenarios: {
    method: 'get',
    path: '/api/scenarios',
    credentials: 'none',
    params: NO_PARAMS,
    query: NO_QUERY,
    body: NO_BODY,
    response: jsonResponse(ScenarioListResponse),
    status: [200],
  },
  createExercise: {
    method: 'post',
    path: '/api/exercises',
    credentials: 'none',
    params: NO_PARAMS,
    query: NO_QUERY,
    body: CreateExerciseRequest,
    response: jsonResponse(CreateExerciseResponse),
    status: [201],
  },
  joinInfo: {
    method: 'get',
    path: '/api/join/:code',
    credentials: 'none',
    params: z.strictObject({ code: JoinCode }),
    query: NO_QUERY,
    body: NO_BODY,
    response: jsonResponse(JoinInfoResponse),
    status: [200],
  },
  join: {
    method: 'post',
    path: '/api/join',
    credentials: 'none',
    params: NO_PARAMS,
    query: NO_QUERY,
    body: JoinRequest,
    response: jsonResponse(JoinResponse),
    status: [201],
  },
  exerciseSummary: {
    method: 'get',
    path: '/api/exercises/:id',
    credentials: 'facilitator-key',
    params: ExerciseParams,
    query: NO_QUERY,
    body: NO_BODY,
    response: jsonResponse(ExerciseSummaryResponse),
    status: [200],
  },
  deleteExercise: {
    method: 'delete',
    path: '/api/exercises/:id',
    credentials: 'facilitator-key',
    params: ExerciseParams,
    query: NO_QUERY,
    body: NO_BODY,
    response: NO_CONTENT,
    status: [204],
  },
  reportData: {
    method: 'get',
    path: '/api/exercises/:id/report-data',
    credentials: 'facilitator-key',
    params: ExerciseParams,
    query: NO_QUERY,
    body: NO_BODY,
    response: jsonResponse(ReportDataResponse),
    status: [200],
  },
  /** The projector's observer seat: 201 when made, 200 when it already was (the same seat). */
  projectorSeat: {
    method: 'post',
    path: '/api/exercises/:id/projector',
    credentials: 'facilitator-key',
    params: ExerciseParams,
    query: NO_QUERY,
    body: NO_BODY,
    response: jsonResponse(JoinResponse),
    status: [201, 200],
  },
  replayTimeline: {
    method: 'get',
    path: '/api/exercises/:id/replay',
    credentials: 'facilitator-key-or-seat-token',
    params: ExerciseParams,
    query: NO_QUERY,
    body: NO_BODY,
    response: jsonResponse(ReplayTimelineResponse),
    status: [200],
  },
  replayView: {
    method: 'get',
    path: '/api/exercises/:id/replay/:step',
    credentials: 'facilitator-key-or-seat-token',
    params: z.strictObject({ id: ExerciseId, step: ReplayStepParam }),
    query: ReplayViewQuery,
    body: NO_BODY,
    response: jsonResponse(ExerciseViewOutline),
    status: [200],
  },
  /** Whether the players may replay every team's point of view after the end. */
  replaySecrets: {
    method: 'get',
    path: '/api/exercises/:id/replay-secrets',
    credentials: 'facilitator-key',
    params: ExerciseParams,
    query: NO_QUERY,
    body: NO_BODY,
    response: jsonResponse(ReplaySecretsResponse),
    status: [200],
  },
  setReplaySecrets: {
    method: 'put',
    path: '/api/exercises/:id/replay-secrets',
    credentials: 'facilitator-key',
    params: ExerciseParams,
    query: NO_QUERY,
    body: ReplaySecretsRequest,
    response: jsonResponse(ReplaySecretsResponse),
    status: [200],
  },
  fork: {
    method: 'post',
    path: '/api/exercises/:id/fork',
    credentials: 'facilitator-key',
    params: ExerciseParams,
    query: NO_QUERY,
    body: ForkExerciseRequest,
    response: jsonResponse(ForkExerciseResponse),
    status: [201],
  },
  reportSharing: {
    method: 'get',
    path: '/api/exercises/:id/report-sharing',
    credentials: 'facilitator-key',
    params: ExerciseParams,
    query: NO_QUERY,
    body: NO_BODY,
    response: jsonResponse(ReportSharingResponse),
    status: [200],
  },
  setReportSharing: {
    method: 'put',
    path: '/api/exercises/:id/report-sharing',
    credentials: 'facilitator-key',
    params: ExerciseParams,
    query: NO_QUERY,
    body: ReportSharingRequest,
    response: jsonResponse(ReportSharingResponse),
    status: [200],
  },
  /** Choices versus dice: computing until the analysis is ready (the players' without others' covert cards). */
  whatIf: {
    method: 'get',
    path: '/api/exercises/:id/what-if',
    credentials: 'facilitator-key-or-seat-token',
    params: ExerciseParams,
    query: NO_QUERY,
    body: NO_BODY,
    response: jsonResponse(WhatIfResponse),
    status: [200],
  },
  report: {
    method: 'get',
    path: '/api/exercises/:id/report',
    credentials: 'facilitator-key-or-seat-token',
    params: ExerciseParams,
    query: NO_QUERY,
    body: NO_BODY,
    response: jsonResponse(Report),
    status: [200],
  },
  reportMarkdown: {
    method: 'get',
    path: '/api/exercises/:id/report.md',
    credentials: 'facilitator-key-or-seat-token',
    params: ExerciseParams,
    query: ReportMarkdownQuery,
    body: NO_BODY,
    response: fileDownload('text/markdown; charset=utf-8'),
    status: [200],
  },
  reportExport: {
    method: 'get',
    path: '/api/exercises/:id/report-export.json',
    credentials: 'facilitator-key-or-seat-token',
    params: ExerciseParams,
    query: NO_QUERY,
    body: NO_BODY,
    response: fileDownload('application/json; charset=utf-8'),
    status: [200],
  },
} as const satisfies Record<string, HttpRoute>;

export type HttpRouteName = keyof typeof HTTP_ROUTES;
