import { z } from 'zod';

/** What one entry of HTTP_ROUTES says about its route. */

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

/**
 * The credentials a route takes, each in its own header (never in the URL,
 * which ends up in logs): none, Control's facilitator key
 * (`x-facilitator-key`), or either that or a player's seat token
 * (`x-seat-token`).
 */
export type HttpCredentials = 'none' | 'facilitator-key' | 'facilitator-key-or-seat-token';

export type HttpSuccessStatus = 200 | 201 | 204;

/** A JSON answer, read with its schema. */
export interface JsonResponse<S extends z.ZodType = z.ZodType> {
  readonly kind: 'json';
  readonly schema: S;
}

/** A 204 answer: no body. */
export interface NoContentResponse {
  readonly kind: 'no-content';
}

/** A file to save as it comes (`Content-Disposition: attachment`), not to parse. */
export interface FileDownload {
  readonly kind: 'file';
  readonly contentType: string;
}

export type HttpResponseKind = JsonResponse | NoContentResponse | FileDownload;

export function jsonResponse<S extends z.ZodType>(schema: S): JsonResponse<S> {
  return { kind: 'json', schema };
}

export const NO_CONTENT: NoContentResponse = { kind: 'no-content' };

export function fileDownload(contentType: string): FileDownload {
  return { kind: 'file', contentType };
}

/** A query string as a client gives it: each key once, as text. */
export type HttpQueryInput = Readonly<Record<string, string | undefined>>;

/**
 * Every route says what it takes in each part; these say "nothing": a
 * route without path parameters, one that reads no query (any is ignored)
 * and one that reads no body (any is ignored).
 */
export const NO_PARAMS = z.strictObject({});
export const NO_QUERY = z.undefined();
export const NO_BODY = z.undefined();

export interface HttpRoute {
  readonly method: HttpMethod;
  /** Express-style: `:name` is a path parameter, named in `params`. */
  readonly path: `/api/${string}`;
  readonly credentials: HttpCredentials;
  readonly params: z.ZodType<unknown, Readonly<Record<string, string>>>;
  readonly query: z.ZodType<unknown, HttpQueryInput | undefined>;
  readonly body: z.ZodType;
  readonly response: HttpResponseKind;
  /** The success statuses, the usual one first. */
  readonly status: readonly [HttpSuccessStatus, ...HttpSuccessStatus[]];
}
