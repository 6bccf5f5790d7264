import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Scenario } from '@borderline/shared';
import type { Article } from './check-article';
import { DEFAULT_ARTICLE_FILE, sharedSeedDir } from './scenarios-root';

/** The article a scenario cites: `<repo>/../shared/seed/<source.file>`. */
export function defaultArticlePath(scenario: Scenario): string {
  return path.join(sharedSeedDir, scenario.source.file ?? DEFAULT_ARTICLE_FILE);
}

/** The article's text, or undefined when the file is absent (the check is then not run). */
export function readArticle(file: string): Article | undefined {
  if (!existsSync(file)) return undefined;
  return { file, text: readFileSync(file, 'utf8') };
}
