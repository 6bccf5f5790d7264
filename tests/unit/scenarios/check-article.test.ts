import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArticle, loadScenario, validateScenario } from '@borderline/scenarios';
import {
  editedCopy,
  lineOf,
  minimalArticle,
  minimalDir,
  onlyProblem,
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
    expect(report.article).toEqual({
      status: 'checked',
      file: minimalArticle,
      verified: 5,
      total: 5,
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
