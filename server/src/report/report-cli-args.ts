import { LANGUAGES, type Language } from '@borderline/shared';

export const REPORT_USAGE = `Usage: npm run report -- --exercise <id> --format md|json [--out <file>] [--language en|es]

Prints the after-action report of an exercise kept in the server's store
(DATABASE_URL for PostgreSQL, else the SQLite file of DATA_DIR or DB_FILE,
as the server reads them): Markdown (md), or
JSON with the full log and the computed report (json). --out writes it to a
file instead; --language chooses the Markdown's language (en by default).`;

export interface ReportCliOptions {
  exercise: string;
  format: 'md' | 'json';
  out: string | null;
  language: Language;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value);

/** The command's options; null for --help. Throws a UsageError naming what was wrong. */
export function parseReportArgs(argv: readonly string[]): ReportCliOptions | null {
  let exercise = '';
  let format: string | undefined;
  let out: string | null = null;
  let language: string = 'en';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) {
        throw new UsageError(`${arg} expects a value`);
      }
      return next;
    };
    if (arg === '--help' || arg === '-h') return null;
    else if (arg === '--exercise') exercise = value();
    else if (arg === '--format') format = value();
    else if (arg === '--out') out = value();
    else if (arg === '--language') language = value();
    else throw new UsageError(`unknown argument "${arg}"`);
  }
  if (exercise === '') throw new UsageError('--exercise <id> is required');
  if (format === undefined) throw new UsageError('--format md|json is required');
  if (format !== 'md' && format !== 'json') {
    throw new UsageError(`--format expects md or json, got "${format}"`);
  }
  if (!isLanguage(language)) {
    throw new UsageError(`--language expects ${LANGUAGES.join(' or ')}, got "${language}"`);
  }
  return { exercise, format, out, language };
}
