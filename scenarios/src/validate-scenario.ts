import type { Scenario } from '@borderline/shared';
import { checkArticle } from './check-article';
import type { Quotation } from './check-article';
import { checkScenario } from './check-scenario';
import { checkSchema } from './check-schema';
import { translationCoverage } from './check-translations';
import type { TranslationCoverage } from './check-translations';
import { sortProblems } from './format-problem';
import { loadScenarioFiles } from './load-scenario-files';
import type { LocatedProblem, Problem } from './problem';
import { defaultArticlePath, readArticle } from './read-article';

export interface ValidateOptions {
  /** Check the excerpts against the source article (needs the article beside the repository). */
  checkArticle?: boolean;
  /** Read the article from here instead of `<repo>/../shared/seed/<source.file>`. */
  articleFile?: string;
}

export type ArticleOutcome =
  | { status: 'not-run'; file: string }
  | { status: 'checked'; file: string; verified: number; total: number; quotation: Quotation };

/** What validating one scenario folder found. */
export interface ScenarioReport {
  dir: string;
  /** Present once the files parse and pass the schema. */
  scenario?: Scenario;
  /** Every problem, placed in its file and sorted by file and line. */
  problems: LocatedProblem[];
  /** Which stage stopped the checks, if any: later stages need a scenario the earlier ones accept. */
  stoppedAt?: 'files' | 'schema';
  translations: TranslationCoverage[];
  /** Absent unless the article check was asked for and the scenario passed the schema. */
  article?: ArticleOutcome;
}

/**
 * Reads a scenario folder and runs, in order: the YAML files, the schema, the
 * pure checks and, if asked, the article check.
 */
export function validateScenario(dir: string, options: ValidateOptions = {}): ScenarioReport {
  const files = loadScenarioFiles(dir);
  if (files.problems.length > 0) {
    return {
      dir: files.dir,
      problems: sortProblems(files.problems),
      stoppedAt: 'files',
      translations: [],
    };
  }
  const locate = (problem: Problem): LocatedProblem => ({
    ...problem,
    ...files.locate(problem.path),
  });
  const schema = checkSchema(files.data);
  if (!schema.ok) {
    const problems = sortProblems(schema.problems.map(locate));
    return { dir: files.dir, problems, stoppedAt: 'schema', translations: [] };
  }
  const scenario = schema.scenario;
  const problems = checkScenario(scenario);
  let article: ArticleOutcome | undefined;
  if (options.checkArticle === true) {
    const file = options.articleFile ?? defaultArticlePath(scenario);
    const text = readArticle(file);
    if (text === undefined) {
      article = { status: 'not-run', file };
    } else {
      const result = checkArticle(scenario, text);
      problems.push(...result.problems);
      article = {
        status: 'checked',
        file,
        verified: result.verified,
        total: result.total,
        quotation: result.quotation,
      };
    }
  }
  return {
    dir: files.dir,
    scenario,
    problems: sortProblems(problems.map(locate)),
    translations: translationCoverage(scenario),
    ...(article === undefined ? {} : { article }),
  };
}
