import type { z } from 'zod';
import type {
  FileDownload,
  HttpCredentials,
  HttpQueryInput,
  HttpRoute,
  JsonResponse,
  NoContentResponse,
} from '../protocol/http-route';
import { FACILITATOR_KEY_HEADER } from '../protocol/session';
import { SEAT_TOKEN_HEADER } from '../report/report-http';
import { HttpError, httpErrorOf, NetworkError } from './http-error';
import { routeUrl } from './route-url';

/** Control's facilitator key. */
export interface FacilitatorCredentials {
  role: 'facilitator';
  key: string;
}

/** A seated player's (or observer's) token. */
export interface PlayerCredentials {
  role: 'player';
  token: string;
}

/** What a call gives for each kind of route credentials. */
export interface CredentialsFor {
  none: null;
  'facilitator-key': FacilitatorCredentials;
  'facilitator-key-or-seat-token': FacilitatorCredentials | PlayerCredentials;
}

export interface HttpOptions {
  /** The server; the page's own origin ("") when absent. */
  baseUrl?: string;
  signal?: AbortSignal;
  /** The global fetch unless given (a test's fake). */
  fetch?: typeof fetch;
}

/** One call of a route: its parts as the route's schemas read them, and its credentials. */
export interface RouteCall<P, Q, B, C extends HttpCredentials> {
  params: P;
  query?: Q;
  body?: B;
  credentials: CredentialsFor[C];
}

/** A route of the table, its parts' input types and credentials named for inference. */
type CalledRoute<
  P extends Readonly<Record<string, string>>,
  Q extends HttpQueryInput | undefined,
  B,
  C extends HttpCredentials,
> = HttpRoute & {
  credentials: C;
  params: z.ZodType<unknown, P>;
  query: z.ZodType<unknown, Q>;
  body: z.ZodType<unknown, B>;
};

function headersOf(
  credentials: FacilitatorCredentials | PlayerCredentials | null,
  json: boolean,
): Record<string, string> {
  const headers: Record<string, string> = json ? { 'content-type': 'application/json' } : {};
  if (credentials?.role === 'facilitator') headers[FACILITATOR_KEY_HEADER] = credentials.key;
  if (credentials?.role === 'player') headers[SEAT_TOKEN_HEADER] = credentials.token;
  return headers;
}

/** Sends the call; a success comes back as the Response, anything else is thrown. */
async function send(
  route: HttpRoute,
  call: RouteCall<
    Readonly<Record<string, string>>,
    HttpQueryInput | undefined,
    unknown,
    HttpCredentials
  >,
  options: HttpOptions,
): Promise<Response> {
  const url = routeUrl(options.baseUrl ?? '', route.path, call.params, call.query);
  const json = call.body !== undefined;
  const init: RequestInit = {
    method: route.method.toUpperCase(),
    headers: headersOf(call.credentials, json),
    ...(json ? { body: JSON.stringify(call.body) } : {}),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, init);
  } catch (error) {
    // An abort is the caller's own doing, not the network's.
    if (options.signal?.aborted === true) throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw await httpErrorOf(response);
  return response;
}

function unreadable(route: HttpRoute, response: Response, why: string): HttpError {
  const what = `${route.method.toUpperCase()} ${route.path}`;
  return new HttpError(
    response.status,
    'internal',
    `The server's answer to ${what} cannot be read: ${why}.`,
  );
}

/** Calls a JSON route; its answer is checked against the route's response schema. */
export async function fetchJson<
  P extends Readonly<Record<string, string>>,
  Q extends HttpQueryInput | undefined,
  B,
  C extends HttpCredentials,
  S extends z.ZodType,
>(
  route: CalledRoute<P, Q, B, C> & { response: JsonResponse<S> },
  call: RouteCall<NoInfer<P>, NoInfer<Q>, NoInfer<B>, NoInfer<C>>,
  options: HttpOptions = {},
): Promise<z.output<S>> {
  const response = await send(route, call, options);
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = route.response.schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
    throw unreadable(route, response, `${where}${issue?.message ?? 'not JSON'}`);
  }
  return parsed.data;
}

/** Calls a route that answers 204 without a body. */
export async function fetchNoContent<
  P extends Readonly<Record<string, string>>,
  Q extends HttpQueryInput | undefined,
  B,
  C extends HttpCredentials,
>(
  route: CalledRoute<P, Q, B, C> & { response: NoContentResponse },
  call: RouteCall<NoInfer<P>, NoInfer<Q>, NoInfer<B>, NoInfer<C>>,
  options: HttpOptions = {},
): Promise<void> {
  await send(route, call, options);
}

/** Calls a download route: the file as the server sent it. */
export async function fetchFile<
  P extends Readonly<Record<string, string>>,
  Q extends HttpQueryInput | undefined,
  B,
  C extends HttpCredentials,
>(
  route: CalledRoute<P, Q, B, C> & { response: FileDownload },
  call: RouteCall<NoInfer<P>, NoInfer<Q>, NoInfer<B>, NoInfer<C>>,
  options: HttpOptions = {},
): Promise<Blob> {
  const response = await send(route, call, options);
  return response.blob();
}
