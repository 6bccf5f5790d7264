import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArticle, loadScenario, validateScenario } from '@borderline/scenarios';
import {
  editedCopy,
  fixturesDir,
  lineOf,
  minimalArticle,
  minimalDir,
  onlyProblem,
  problemAt,
  removeTemporaryFolders,
  replaceOnce,
  temporaryFolder,
} from './scenario-fixture';

afterAll(removeTemporaryFolders);

const withArticle = { checkArticle: true, articleFile: minimalArticle };

describe('article check', () => {
  it('verifies every excerpt at its cited line', () => {
    const report = validateScenario(minimalDir, withArticle);
    expect(report.problems).toEqual([]);
    expect(report.article).toMatchObject({
      status: 'checked',
      file: minimalArticle,
      verified: 5,
      total: 5,
      quotation: { quotedWords: 23, longestExcerpt: 6, sharedRuns: 0 },
    });
  });

  it('compares exactly, except for runs of whitespace', () => {
    const scenario = loadScenario(minimalDir);
    const text = readFileSync(minimalArticle, 'utf8');
    const spaced = text.replace('met at the border', 'met  at\tthe border');
    expect(checkArticle(scenario, { file: 'spaced.txt', text: spaced }).verified).toBe(5);
    const straightQuotes = text.replace('“a grave provocation”', '"a grave provocation"');
    const result = checkArticle(scenario, { file: 'straight.txt', text: straightQuotes });
    expect(result.verified).toBe(4);
    expect(result.problems).toEqual([
      {
        path: ['injects', 1, 'source', 'excerpt'],
        message: 'excerpt not found at line 3 of straight.txt (nor anywhere else in it, verbatim)',
      },
    ]);
  });

  it('reports an excerpt that is not at its cited line, and where it stands', () => {
    const dir = editedCopy({
      'injects.yaml': replaceOnce('      line: 3\n', '      line: 5\n'),
    });
    const problem = onlyProblem(validateScenario(dir, withArticle));
    expect(problem.file).toBe(path.join(dir, 'injects.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'injects.yaml', '“a grave provocation”'));
    expect(problem.path).toEqual(['injects', 1, 'source', 'excerpt']);
    expect(problem.message).toBe(
      'excerpt not found at line 5 of minimal-article.txt (it stands at line 3)',
    );
  });

  it('reports a cited line beyond the end of the article', () => {
    const dir = editedCopy({
      'injects.yaml': replaceOnce('      line: 5\n', '      line: 70\n'),
    });
    const report = validateScenario(dir, withArticle);
    const problem = onlyProblem(report);
    expect(problem.line).toBe(lineOf(dir, 'injects.yaml', 'line: 70'));
    expect(problem.path).toEqual(['injects', 2, 'source', 'line']);
    expect(problem.message).toBe('line 70 is beyond the end of minimal-article.txt (7 lines)');
    expect(report.article).toMatchObject({ status: 'checked', verified: 4, total: 5 });
  });

  it('reports the check as not run, without an error, when the article is missing', () => {
    const missing = path.join(temporaryFolder(), 'article.txt');
    const report = validateScenario(minimalDir, { checkArticle: true, articleFile: missing });
    expect(report.problems).toEqual([]);
    expect(report.article).toEqual({ status: 'not-run', file: missing });
  });

  it('reads the article from a temporary file like any other', () => {
    const file = path.join(temporaryFolder(), 'short.txt');
    writeFileSync(file, 'Ministers met at the border on Monday.\n');
    const report = validateScenario(minimalDir, { checkArticle: true, articleFile: file });
    expect(report.article).toMatchObject({ status: 'checked', verified: 1, total: 5 });
    expect(report.problems.map((problem) => problem.message)).toEqual([
      "the excerpts quote 328.6% of short.txt's words (23 of 7; at most 15%): shorten them",
      'line 3 is beyond the end of short.txt (1 lines)',
      'line 5 is beyond the end of short.txt (1 lines)',
      'line 7 is beyond the end of short.txt (1 lines)',
      'line 7 is beyond the end of short.txt (1 lines)',
    ]);
  });

  it('is not run unless asked for', () => {
    expect(validateScenario(minimalDir).article).toBeUndefined();
  });
});

describe('quotation check', () => {
  it('measures what the excerpts quote, and passes a scenario that quotes little', () => {
    const report = validateScenario(minimalDir, withArticle);
    expect(report.problems).toEqual([]);
    const quotation = report.article?.status === 'checked' ? report.article.quotation : undefined;
    expect(quotation?.quotedWords).toBe(23);
    expect((quotation?.articleWords ?? 0) * 0.15).toBeGreaterThanOrEqual(23);
  });

  it('refuses excerpts that together quote more than 15% of the article', () => {
    const bare = path.join(fixturesDir, 'minimal-article.txt');
    const words = readFileSync(bare, 'utf8').split(/\s+/).filter(Boolean).length;
    const problem = onlyProblem(
      validateScenario(minimalDir, { checkArticle: true, articleFile: bare }),
    );
    expect(problem.path).toEqual(['injects']);
    expect(problem.message).toMatch(
      new RegExp(
        `^the excerpts quote \\d+(\\.\\d)?% of minimal-article\\.txt's words \\(23 of ${words}; at most 15%\\): shorten them$`,
      ),
    );
  });

  it('refuses an excerpt longer than 15 words', () => {
    const long =
      'By Friday, crowds gathered at the old bridge while the soldiers dug in on both banks';
    const dir = editedCopy({
      'injects.yaml': replaceOnce(
        'excerpt: crowds gathered at the old bridge',
        `excerpt: '${long}'`,
      ),
    });
    const problem = problemAt(validateScenario(dir, withArticle), [
      'injects',
      3,
      'source',
      'excerpt',
    ]);
    expect(problem.line).toBe(lineOf(dir, 'injects.yaml', 'By Friday'));
    expect(problem.message).toBe(
      'the excerpt is 16 words long (at most 15: quote a short phrase and say the rest in our own words)',
    );
  });

  it('refuses a text sharing 8 consecutive words with the article, and accepts 7', () => {
    const eight = editedCopy({
      'injects.yaml': replaceOnce(
        'en: The South accepts a summit, on its own soil.',
        'en: After a week of silence, the southern president agreed to a summit.',
      ),
    });
    const report = validateScenario(eight, withArticle);
    const problem = onlyProblem(report);
    expect(problem.path).toEqual(['injects', 2, 'body']);
    expect(problem.message).toBe(
      'shares 12 consecutive words with line 5 of minimal-article.txt ("after a week of silence the southern president agreed to a summit"; at most 7 outside the card\'s excerpt): say it in our own words',
    );
    expect(report.article).toMatchObject({ quotation: { sharedRuns: 1 } });
    const seven = editedCopy({
      'injects.yaml': replaceOnce(
        'en: The South accepts a summit, on its own soil.',
        'en: After a week of silence, the southern leader accepts a summit.',
      ),
    });
    expect(validateScenario(seven, withArticle).problems).toEqual([]);
  });

  it('compares words without case, punctuation or the kind of quotes, in every English text', () => {
    const dir = editedCopy({
      'injects.yaml': replaceOnce(
        'en: Propose talks before the South answers.',
        'en: \'Say why A SPOKESMAN called it "a grave provocation" in a statement.\'',
      ),
      'teams.yaml': replaceOnce(
        'en: Your party is divided on the question.',
        'en: Your party is split; ministers met at the border on Monday to talk.',
      ),
    });
    const report = validateScenario(dir, withArticle);
    expect(report.problems.map((problem) => [problem.path, problem.message])).toEqual([
      [
        ['injects', 1, 'expectedActions', 0, 'text'],
        'shares 10 consecutive words with line 3 of minimal-article.txt ("a spokesman called it a grave provocation in a statement"; at most 7 outside the card\'s excerpt): say it in our own words',
      ],
      [
        ['teams', 1, 'secretBriefing'],
        'shares 8 consecutive words with line 1 of minimal-article.txt ("met at the border on monday to talk"; at most 7 outside the card\'s excerpt): say it in our own words',
      ],
    ]);
  });
});
