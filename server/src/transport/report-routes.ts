import {
  buildReport,
  ExerciseId,
  LANGUAGES,
  ReportSharingRequest,
  reportToMarkdown,
  SEAT_TOKEN_HEADER,
  SeatToken,
  FACILITATOR_KEY_HEADER,
  type Language,
  type ReportSharingResponse,
} from '@borderline/shared';
import { Router, type Request, type Response } from 'express';
import type { ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { liveMaterial, reportExport } from '../report/report-material';
import { facilitatorKeyOf, parseBody, refuse, route } from './http-support';

export interface ReportRoutesOptions {
  service: ExerciseService;
  logger: Logger;
  now?: () => number;
}

function exerciseIdOf(request: Request): string {
  const parsed = ExerciseId.safeParse(request.params['id']);
  if (!parsed.success) throw refuse('not-found', 'There is no such exercise.');
  return parsed.data;
}

function languageOf(request: Request): Language {
  const raw = request.query['language'];
  if (raw === undefined) return 'en';
  const language = LANGUAGES.find((candidate) => candidate === raw);
  if (language === undefined) {
    throw refuse(
      'invalid-message',
      `language: expected ${LANGUAGES.map((code) => `"${code}"`).join(' or ')}`,
    );
  }
  return language;
}

/** A report holds every team's secrets: never kept by a shared cache. */
function privateAttachment(response: Response, filename: string | null): void {
  response.setHeader('Cache-Control', 'no-store');
  if (filename !== null) {
    response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  }
}

/**
 * The after-action report (see docs/protocol.md): Control shares it with
 * the players or stops; Control, and a seated player once it is shared,
 * read it as JSON, as Markdown, or exported with the full log. Only an
 * ended exercise has a report.
 */
export function reportRoutes(options: ReportRoutesOptions): Router {
  const { service, logger } = options;
  const now = options.now ?? Date.now;
  const router = Router();

  const controlOnly = (request: Request): string => {
    const key = facilitatorKeyOf(request);
    const exerciseId = exerciseIdOf(request);
    service.authenticateFacilitator(exerciseId, key);
    return exerciseId;
  };

  /** The exercise whose report the request may read; refuses with 401, 403, 404 or 409. */
  const readable = (request: Request): string => {
    const exerciseId = exerciseIdOf(request);
    service.info(exerciseId); // an unknown exercise is a 404 whatever the credentials
    const key = request.get(FACILITATOR_KEY_HEADER) ?? '';
    const token = request.get(SEAT_TOKEN_HEADER) ?? '';
    const player = key === '' && token !== '';
    if (key === '' && token === '') {
      throw refuse(
        'unauthorized',
        `Send the facilitator key in the ${FACILITATOR_KEY_HEADER} header, or a player's seat token in the ${SEAT_TOKEN_HEADER} header.`,
      );
    }
    if (player) {
      if (!SeatToken.safeParse(token).success) {
        throw refuse('unauthorized', 'This seat token does not open this exercise.');
      }
      service.resumePlayer(exerciseId, token);
    } else {
      service.authenticateFacilitator(exerciseId, facilitatorKeyOf(request));
    }
    const state = service.state(exerciseId);
    if (!state.ended) {
      throw refuse(
        'refused',
        `The report is ready once the exercise has ended; it is in its ${state.context.phase} phase.`,
      );
    }
    if (player && !service.reportShared(exerciseId)) {
      throw refuse('forbidden', 'Control has not shared this report with the players.');
    }
    return exerciseId;
  };

  const sharing = (exerciseId: string): ReportSharingResponse => ({
    shared: service.reportShared(exerciseId),
    ended: service.state(exerciseId).ended,
  });

  router.get(
    '/exercises/:id/report-sharing',
    route(logger, (request, response) => {
      response.json(sharing(controlOnly(request)));
    }),
  );

  router.put(
    '/exercises/:id/report-sharing',
    route(logger, (request, response) => {
      const exerciseId = controlOnly(request);
      const { shared } = parseBody(ReportSharingRequest, request.body);
      service.setReportShared(exerciseId, shared);
      logger.info({ exerciseId, shared }, 'report sharing set');
      response.json(sharing(exerciseId));
    }),
  );

  router.get(
    '/exercises/:id/report',
    route(logger, (request, response) => {
      const exerciseId = readable(request);
      privateAttachment(response, null);
      response.json(buildReport(liveMaterial(service, exerciseId).view));
    }),
  );

  router.get(
    '/exercises/:id/report.md',
    route(logger, (request, response) => {
      const exerciseId = readable(request);
      const language = languageOf(request);
      const report = buildReport(liveMaterial(service, exerciseId).view);
      privateAttachment(response, `borderline-report-${exerciseId}.md`);
      response.type('text/markdown; charset=utf-8').send(reportToMarkdown(report, language));
    }),
  );

  router.get(
    '/exercises/:id/report-export.json',
    route(logger, (request, response) => {
      const exerciseId = readable(request);
      privateAttachment(response, `borderline-report-${exerciseId}.json`);
      response.json(reportExport(liveMaterial(service, exerciseId), now()));
    }),
  );

  return router;
}
