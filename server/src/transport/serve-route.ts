import {
  formatIssues,
  NO_BODY,
  NO_QUERY,
  type FileDownload,
  type HttpResponseKind,
  type HttpRoute,
  type JsonResponse,
} from '@borderline/shared';
import type { Request, Router } from 'express';
import type { z } from 'zod';
import type { Logger } from '../logger';
import { facilitatorKeyOf, parseBody, rateLimited, refuse, route } from './http-support';
import type { RateBudget } from './rate-budget';

/**
 * The checks of a credentialed route once its exercise id is known; each
 * throws a refusal (401, 403, 404, 409). A router gives those its routes use.
 */
export interface RouteGuards {
  /** Control's key (already read from its header) opens this exercise. */
  facilitator?: (exerciseId: string, key: string) => void;
  /** This request, with a facilitator key or a seat token, may read this exercise. */
  reader?: (exerciseId: string, request: Request) => void;
}

/** What a handler is given: its route's parts, parsed, and the request itself. */
export interface RouteContext<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  St extends HttpRoute['status'],
> {
  request: Request;
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  /** Answers with another of the route's success statuses than its first. */
  setStatus: (status: St[number]) => void;
  setHeader: (name: string, value: string) => void;
}

/** A download's answer: the name the browser saves it under, and what it holds. */
export interface FileReply {
  filename: string;
  content: string;
}

/** A route's handler: it returns the body its schema reads, a file, or nothing (204). */
export type RouteHandler<C, R extends HttpResponseKind> =
  R extends JsonResponse<infer S>
    ? (context: C) => z.input<S>
    : R extends FileDownload
      ? (context: C) => FileReply
      : (context: C) => void;

type ServedRoute<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends HttpResponseKind,
  St extends HttpRoute['status'],
> = HttpRoute & { params: P; query: Q; body: B; response: R; status: St };

export interface ServeOptions {
  /** Spent per client address before anything else is read. */
  budget?: RateBudget;
}

/** A bad identifying parameter means there is no such thing, not a malformed request. */
const NOT_FOUND_PARAMS: Readonly<Record<string, string>> = {
  id: 'There is no such exercise.',
  code: 'There is no exercise with this join code.',
};

const isSchema = (schema: z.ZodType, marker: z.ZodType): boolean => schema === marker;

function isFileReply(reply: unknown): reply is FileReply {
  return (
    typeof reply === 'object' &&
    reply !== null &&
    'filename' in reply &&
    typeof reply.filename === 'string' &&
    'content' in reply &&
    typeof reply.content === 'string'
  );
}

/**
 * Registers routes of HTTP_ROUTES on `router`. Before the handler runs, in
 * this order: the rate budget, the facilitator key's header, the path's
 * identifying parameters (`not-found`), the route's guard, the other
 * parameters, the query (`invalid-message`, "query: ...") and the body
 * (`invalid-message`, naming the field). Refusals are answered and logged
 * by `route`; the handler's return is the route's answer.
 */
export function routeServer(router: Router, options: { logger: Logger; guards?: RouteGuards }) {
  const { logger, guards = {} } = options;

  /** The guard of a route's credentials; a route whose guard this router lacks fails at startup. */
  const guardOf = (served: HttpRoute): ((request: Request, key: string) => void) => {
    const { facilitator, reader } = guards;
    if (served.credentials === 'none') return () => undefined;
    const exerciseIdOf = (request: Request): string => {
      const exerciseId = request.params['id'];
      if (typeof exerciseId !== 'string') throw new Error(`${served.path} has no :id.`);
      return exerciseId;
    };
    if (served.credentials === 'facilitator-key') {
      if (facilitator === undefined) throw new Error(`${served.path} needs a facilitator guard.`);
      return (request, key) => facilitator(exerciseIdOf(request), key);
    }
    if (reader === undefined) throw new Error(`${served.path} needs a reader guard.`);
    return (request) => reader(exerciseIdOf(request), request);
  };

  return function serve<
    P extends z.ZodType,
    Q extends z.ZodType,
    B extends z.ZodType,
    R extends HttpResponseKind,
    St extends HttpRoute['status'],
  >(
    served: ServedRoute<P, Q, B, R, St>,
    handler: RouteHandler<RouteContext<P, Q, B, St>, R>,
    serveOptions: ServeOptions = {},
  ): void {
    const guard = guardOf(served);
    const answer: HttpResponseKind = served.response;
    const readsQuery = !isSchema(served.query, NO_QUERY);
    const readsBody = !isSchema(served.body, NO_BODY);
    const run = route(logger, (request, response) => {
      const key = served.credentials === 'facilitator-key' ? facilitatorKeyOf(request) : '';
      const params = served.params.safeParse({ ...request.params }, { reportInput: true });
      const issues = params.success ? [] : params.error.issues;
      for (const issue of issues) {
        const missing = NOT_FOUND_PARAMS[String(issue.path[0])];
        if (missing !== undefined) throw refuse('not-found', missing);
      }
      guard(request, key);
      if (!params.success) throw refuse('invalid-message', formatIssues(issues));
      const query = served.query.safeParse(readsQuery ? { ...request.query } : undefined, {
        reportInput: true,
      });
      if (!query.success) {
        throw refuse('invalid-message', `query: ${formatIssues(query.error.issues)}`);
      }
      const body = readsBody ? parseBody(served.body, request.body) : served.body.parse(undefined);

      let status: St[number] = served.status[0];
      const reply: unknown = handler({
        request,
        params: params.data,
        query: query.data,
        body,
        setStatus: (chosen) => {
          status = chosen;
        },
        setHeader: (name, value) => {
          response.setHeader(name, value);
        },
      });
      if (answer.kind === 'no-content') {
        response.status(status).end();
      } else if (answer.kind === 'json') {
        response.status(status).json(reply);
      } else {
        if (!isFileReply(reply)) throw new Error(`${served.path} answered no file.`);
        response.setHeader('Content-Disposition', `attachment; filename="${reply.filename}"`);
        response.status(status).type(answer.contentType).send(reply.content);
      }
    });
    const handlers =
      serveOptions.budget === undefined ? [run] : [rateLimited(serveOptions.budget, logger), run];
    router[served.method](served.path, ...handlers);
  };
}

/** Registers one route of HTTP_ROUTES on a router (see `routeServer`). */
export type ServeRoute = ReturnType<typeof routeServer>;
