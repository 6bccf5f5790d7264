import path from 'node:path';
import type { Scenario } from '@borderline/shared';
import type { Problem } from './problem';

/** The article's text, as read by the caller (the check itself does no I/O). */
export interface Article {
  /** Where it was read from, for messages. */
  file: string;
  text: string;
}

export interface ArticleCheck {
  problems: Problem[];
  /** Excerpts found verbatim at their cited line. */
  verified: number;
  total: number;
}

/**
 * Every inject's excerpt stands verbatim at its cited line of the article.
 * Only runs of whitespace are normalised: quotes, dashes and case must match.
 */
export function checkArticle(scenario: Scenario, article: Article): ArticleCheck {
  const lines = splitLines(article.text).map(normaliseWhitespace);
  const name = path.basename(article.file);
  const problems: Problem[] = [];
  let verified = 0;
  scenario.injects.forEach((inject, i) => {
    const { line, excerpt } = inject.source;
    const cited = lines[line - 1];
    if (cited === undefined) {
      problems.push({
        path: ['injects', i, 'source', 'line'],
        message: `line ${line} is beyond the end of ${name} (${lines.length} lines)`,
      });
      return;
    }
    const wanted = normaliseWhitespace(excerpt);
    if (cited.includes(wanted)) {
      verified += 1;
      return;
    }
    const elsewhere = lines.findIndex((text) => text.includes(wanted));
    const hint =
      elsewhere === -1 ? 'nor anywhere else in it, verbatim' : `it stands at line ${elsewhere + 1}`;
    problems.push({
      path: ['injects', i, 'source', 'excerpt'],
      message: `excerpt not found at line ${line} of ${name} (${hint})`,
    });
  });
  return { problems, verified, total: scenario.injects.length };
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  // A final newline ends the last line; it does not start another one.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
