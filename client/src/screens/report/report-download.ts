import type { Language } from '@borderline/shared';
import {
  reportExportOverHttp,
  reportMarkdownOverHttp,
  type ReportCredentials,
} from '@borderline/shared/http-client';

export type ReportDownload = 'markdown' | 'json';

/** Hands a file to the browser as a download of that name. */
function saveAs(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: the download keeps its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

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
  const blob =
    kind === 'markdown'
      ? await reportMarkdownOverHttp('', exerciseId, credentials, language)
      : await reportExportOverHttp('', exerciseId, credentials);
  saveAs(blob, `borderline-report-${exerciseId}.${kind === 'markdown' ? 'md' : 'json'}`);
}
