import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateScenario } from '@borderline/scenarios';
import {
  editedCopy,
  lineOf,
  minimalDir,
  onlyProblem,
  removeTemporaryFolders,
  replaceOnce,
} from './scenario-fixture';

afterAll(removeTemporaryFolders);

type Months = [string, string] | undefined;

/** The fixture's moves with months (by default move 0 and move 1 in January 2026, move 2 in February). */
function monthsOf(
  months: [Months, Months, Months] = [
    ['2026-01', '2026-01'],
    ['2026-01', '2026-01'],
    ['2026-02', '2026-02'],
  ],
): (text: string) => string {
  return (text) =>
    months.reduce((edited, range, number) => {
      if (range === undefined) return edited;
      const line = `  - number: ${number}\n`;
      return replaceOnce(
        line,
        `${line}    months: { from: '${range[0]}', to: '${range[1]}' }\n`,
      )(edited);
    }, text);
}
const withMonths = monthsOf();

/** The fixture's cards with the dates of its triggered and manual cards removed. */
function undatedTriggers(text: string): string {
  return ["    date: '2026-02'\n", "    date: '2026-02-10'\n", "    date: '2026-02-15'\n"].reduce(
    (edited, date) => replaceOnce(date, '')(edited),
    text,
  );
}

describe('dates check', () => {
  it('passes scheduled cards dated within their move, and undated triggered and manual cards', () => {
    const dir = editedCopy({ 'moves.yaml': withMonths, 'injects.yaml': undatedTriggers });
    expect(validateScenario(dir).problems).toEqual([]);
  });

  it('is not run while no move declares its months', () => {
    expect(validateScenario(minimalDir).problems).toEqual([]);
  });

  it('reports a triggered or manual card that carries a date', () => {
    const dir = editedCopy({
      'moves.yaml': withMonths,
      'injects.yaml': (text) =>
        replaceOnce("    date: '2026-02-15'\n", '')(replaceOnce("    date: '2026-02'\n", '')(text)),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'injects.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'injects.yaml', "date: '2026-02-10'"));
    expect(problem.path).toEqual(['injects', 3, 'date']);
    expect(problem.message).toBe(
      'a card released as "triggered" carries no date (it shows the first month of the move that releases it); remove "2026-02-10"',
    );
    const manual = editedCopy({
      'moves.yaml': withMonths,
      'injects.yaml': (text) =>
        replaceOnce("    date: '2026-02-10'\n", '')(replaceOnce("    date: '2026-02'\n", '')(text)),
    });
    expect(onlyProblem(validateScenario(manual)).message).toBe(
      'a card released as "manual" carries no date (it shows the first month of the move that releases it); remove "2026-02-15"',
    );
  });

  it('reports a scheduled card dated outside the months of its move', () => {
    const dir = editedCopy({
      'moves.yaml': withMonths,
      'injects.yaml': (text) =>
        replaceOnce("date: '2026-01-20'", "date: '2026-03-01'")(undatedTriggers(text)),
    });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.line).toBe(lineOf(dir, 'injects.yaml', "date: '2026-03-01'"));
    expect(problem.path).toEqual(['injects', 1, 'date']);
    expect(problem.message).toBe(
      '"2026-03-01" is outside move 1, which releases the card (it covers 2026-01)',
    );
    const ranged = editedCopy({
      'moves.yaml': monthsOf([
        ['2026-01', '2026-01'],
        ['2025-11', '2025-12'],
        ['2026-02', '2026-02'],
      ]),
      'injects.yaml': undatedTriggers,
    });
    expect(onlyProblem(validateScenario(ranged)).message).toBe(
      '"2026-01-20" is outside move 1, which releases the card (it covers 2025-11 to 2025-12)',
    );
  });

  it('reports a scheduled card without a date, and a move that schedules cards without months', () => {
    const dir = editedCopy({
      'moves.yaml': monthsOf([undefined, ['2026-01', '2026-01'], ['2026-02', '2026-02']]),
      'injects.yaml': (text) => replaceOnce("    date: '2026-01-20'\n", '')(undatedTriggers(text)),
    });
    expect(
      validateScenario(dir).problems.map((problem) => [problem.path, problem.message]),
    ).toEqual([
      [['injects', 1, 'date'], 'a scheduled card needs a date within move 1 (2026-01 to 2026-01)'],
      [
        ['moves', 0],
        'move 0 schedules inject "opening-talks" but declares no months to check its date against',
      ],
    ]);
  });
});
