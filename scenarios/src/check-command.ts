import path from 'node:path';
import {
  formatShare,
  MAX_EXCERPT_WORDS,
  MAX_QUOTED_SHARE,
  SHARED_RUN_WORDS,
} from './check-article';
import type { Quotation } from './check-article';
import { displayPath, formatProblem } from './format-problem';
import { listScenarioDirs } from './load-scenario';
import { scenariosRoot } from './scenarios-root';
import { summarizeReport } from './summarize-report';
import { validateScenario } from './validate-scenario';
import type { ScenarioReport } from './validate-scenario';

export interface CheckIo {
  /** Prints one line. */
  out: (line: string) => void;
  /** The user's folder: paths given as arguments are relative to it, and paths are shown from it. */
  cwd: string;
}

const USAGE = `usage: npm run scenario:check -- [--article <file>] [scenario-folder...]

Checks every scenario under scenarios/ (or the folders given): YAML, schema,
references, releasability, satisfiability, teaching, translations, and the
excerpts against the article (default: <repo>/../shared/seed/<source.file>).`;

interface CheckArgs {
  dirs: string[];
  articleFile?: string;
}

/** Runs the checker and returns the exit code: 0 when every scenario is clean, 1 otherwise, 2 on bad usage. */
export function runCheck(args: string[], io: CheckIo): number {
  const parsed = parseArgs(args, io.cwd);
  if (typeof parsed === 'string') {
    io.out(parsed);
    return parsed === USAGE ? 0 : 2;
  }
  const dirs = parsed.dirs.length > 0 ? parsed.dirs : listScenarioDirs(scenariosRoot);
  if (dirs.length === 0) {
    io.out(`no scenarios found under ${displayPath(scenariosRoot, io.cwd)}/`);
    return 0;
  }
  let errors = 0;
  for (const dir of dirs) {
    const report = validateScenario(dir, { checkArticle: true, articleFile: parsed.articleFile });
    report.problems.forEach((problem) => io.out(formatProblem(problem, io.cwd)));
    io.out(summarizeReport(report, io.cwd) + describeQuotation(report));
    errors += report.problems.length;
  }
  if (dirs.length > 1) {
    io.out(
      errors === 0 ? `${dirs.length} scenarios ok` : `${errors} errors in ${dirs.length} scenarios`,
    );
  }
  return errors === 0 ? 0 : 1;
}

/**
 * What the article check measured, after the summary line: `; excerpts quote
 * 9.8% of the article's words (max 15%), longest 8 words (max 15), 0 shared
 * 8-word runs`.
 */
function describeQuotation(report: ScenarioReport): string {
  if (report.article?.status !== 'checked') return '';
  const quotation: Quotation = report.article.quotation;
  const share =
    quotation.articleWords === 0
      ? '0%'
      : formatShare(quotation.quotedWords, quotation.articleWords);
  const words = quotation.longestExcerpt === 1 ? 'word' : 'words';
  return [
    `; excerpts quote ${share} of the article's words (max ${formatShare(MAX_QUOTED_SHARE, 1)})`,
    `longest ${quotation.longestExcerpt} ${words} (max ${MAX_EXCERPT_WORDS})`,
    `${quotation.sharedRuns} shared ${SHARED_RUN_WORDS}-word runs`,
  ].join(', ');
}

/** The folders and options, or a message to print (the usage, or what is wrong with the arguments). */
function parseArgs(args: string[], cwd: string): CheckArgs | string {
  const dirs: string[] = [];
  let articleFile: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') return USAGE;
    if (arg === '--article' || arg.startsWith('--article=')) {
      const value = arg === '--article' ? args[(i += 1)] : arg.slice('--article='.length);
      if (value === undefined || value === '') return `--article needs a file\n\n${USAGE}`;
      articleFile = path.resolve(cwd, value);
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}\n\n${USAGE}`;
    } else {
      dirs.push(path.resolve(cwd, arg));
    }
  }
  return articleFile === undefined ? { dirs } : { dirs, articleFile };
}
