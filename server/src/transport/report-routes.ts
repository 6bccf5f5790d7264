import {
  buildReport,
  gradesCsv,
  FACILITATOR_KEY_HEADER,
  HTTP_ROUTES,
  reportToMarkdown,
  SEAT_TOKEN_HEADER,
  SeatToken,
  type Report,
  type ReportSharingResponse,
} from '@borderline/shared';
import { Router, type Request } from 'express';
import { CONTROL_READER, type ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { liveMaterial, reportExport } from '../report/report-material';
import { facilitatorKeyOf, refuse } from './http-support';
import { routeServer } from './serve-route';

export interface ReportRoutesOptions {
  service: ExerciseService;
  logger: Logger;
  now?: () => number;
}

/** A report holds every team's secrets: never kept by a shared cache. */
const NOT_STORED = 'no-store';

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

  /** Whether the request may read the exercise's report; refuses with 401, 403, 404 or 409. */
  const readable = (exerciseId: string, request: Request): void => {
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
  };

  const sharing = (exerciseId: string): ReportSharingResponse => ({
    shared: service.reportShared(exerciseId),
    ended: service.state(exerciseId).ended,
  });

  const serve = routeServer(router, {
    logger,
    guards: {
      facilitator: (exerciseId, key) => service.authenticateFacilitator(exerciseId, key),
      reader: readable,
    },
  });

  serve(HTTP_ROUTES.reportSharing, ({ params: { id } }) => sharing(id));

  serve(HTTP_ROUTES.setReportSharing, ({ params: { id }, body: { shared } }) => {
    service.setReportShared(id, shared);
    logger.info({ exerciseId: id, shared }, 'report sharing set');
    return sharing(id);
  });

  /** The report with choices versus dice once computed (all of it: the report holds every secret). */
  const reportOf = (exerciseId: string): Report => {
    const report = buildReport(liveMaterial(service, exerciseId).view);
    const whatIf = service.whatIf(exerciseId, CONTROL_READER);
    return whatIf.status === 'ready' ? { ...report, whatIf: whatIf.analysis } : report;
  };

  serve(HTTP_ROUTES.report, ({ params: { id }, setHeader }) => {
    setHeader('Cache-Control', NOT_STORED);
    return reportOf(id);
  });

  serve(HTTP_ROUTES.reportMarkdown, ({ params: { id }, query: { language }, setHeader }) => {
    const report = reportOf(id);
    setHeader('Cache-Control', NOT_STORED);
    return { filename: `borderline-report-${id}.md`, content: reportToMarkdown(report, language) };
  });

  serve(HTTP_ROUTES.reportExport, ({ params: { id }, setHeader }) => {
    setHeader('Cache-Control', NOT_STORED);
    return {
      filename: `borderline-report-${id}.json`,
      content: JSON.stringify(reportExport(liveMaterial(service, id), now())),
    };
  });

  serve(HTTP_ROUTES.grades, ({ params: { id }, query: { language }, setHeader }) => {
    if (service.state(id).context.phase === 'lobby') {
      throw refuse('refused', 'There are grades to export once the exercise has started.');
    }
    setHeader('Cache-Control', NOT_STORED);
    return {
      filename: `borderline-grades-${id}.csv`,
      content: gradesCsv(liveMaterial(service, id).view, language),
    };
  });

  return router;
}
