import {
  FACILITATOR_KEY_HEADER,
  Report,
  ReportSharingResponse,
  SEAT_TOKEN_HEADER,
  type ErrorResponse,
  type Language,
} from '@borderline/shared';
import { HttpError } from '@borderline/shared/http-client';

/** How this browser reads a report: Control's key, or a player's seat token. */
export type ReportCredentials =
  { role: 'facilitator'; key: string } | { role: 'player'; token: string };

function headersOf(credentials: ReportCredentials): Record<string, string> {
  return credentials.role === 'facilitator'
    ? { [FACILITATOR_KEY_HEADER]: credentials.key }
    : { [SEAT_TOKEN_HEADER]: credentials.token };
}

const base = (exerciseId: string) => `/api/exercises/${encodeURIComponent(exerciseId)}`;

/** The response, or an HttpError with the server's code and message. */
async function checked(response: Response): Promise<Response> {
  if (response.ok) return response;
  const body = (await response.json().catch(() => null)) as Partial<ErrorResponse> | null;
  throw new HttpError(
    response.status,
    body?.error?.code ?? 'http-error',
    body?.error?.message ?? `The server answered ${response.status}.`,
  );
}

/** `GET /api/exercises/:id/report`: the computed report, checked against its schema. */
export async function fetchReport(
  exerciseId: string,
  credentials: ReportCredentials,
): Promise<Report> {
  const response = await fetch(`${base(exerciseId)}/report`, { headers: headersOf(credentials) });
  return Report.parse(await (await checked(response)).json());
}

/** `GET` or `PUT /api/exercises/:id/report-sharing` (Control only). */
export async function reportSharing(
  exerciseId: string,
  key: string,
  shared?: boolean,
): Promise<ReportSharingResponse> {
  const headers: Record<string, string> = { [FACILITATOR_KEY_HEADER]: key };
  const init: RequestInit =
    shared === undefined
      ? { headers }
      : {
          method: 'PUT',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ shared }),
        };
  const response = await fetch(`${base(exerciseId)}/report-sharing`, init);
  return ReportSharingResponse.parse(await (await checked(response)).json());
}

export type ReportDownload = 'markdown' | 'json';

/**
 * Fetches an export with the credentials in a header (a plain link could
 * not carry them) and hands it to the browser as a download.
 */
export async function downloadReport(
  exerciseId: string,
  credentials: ReportCredentials,
  kind: ReportDownload,
  language: Language,
): Promise<void> {
  const path = kind === 'markdown' ? `report.md?language=${language}` : 'report-export.json';
  const response = await checked(
    await fetch(`${base(exerciseId)}/${path}`, { headers: headersOf(credentials) }),
  );
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `borderline-report-${exerciseId}.${kind === 'markdown' ? 'md' : 'json'}`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: the download keeps its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
