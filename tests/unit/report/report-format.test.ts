import { buildReport, reportToMarkdown, type ExerciseView } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { reportGame, SEEDS } from './support/report-games';

/** The dilemma game as a short format records it: moves 1 and 3, the teams deciding at once. */
function shortFormat(): ExerciseView {
  const view = structuredClone(reportGame(SEEDS.dilemma).view);
  view.exercise.config = {
    ...view.exercise.config,
    format: 'class-50',
    moves: [1, 3],
    decisionMode: 'simultaneous',
  };
  return view;
}

describe('the report of a format that plays some moves, the teams deciding at once', () => {
  const report = buildReport(shortFormat());

  it('counts the moves against those the format plays', () => {
    expect(report.overview.movesPlanned).toBe(2);
    expect(buildReport(reportGame(SEEDS.dilemma).view).overview.movesPlanned).toBe(5);
  });

  it.each(['en', 'es'] as const)('tells no position of submission (%s)', (language) => {
    expect(report.overview.decidedAtOnce).toBe(true);
    expect(reportToMarkdown(report, language)).not.toMatch(/decided \d|decidió en/);
  });

  it('tells the position when the teams decide in turn', () => {
    const inTurn = buildReport(reportGame(SEEDS.dilemma).view);
    expect(inTurn.overview.decidedAtOnce).toBe(false);
    expect(reportToMarkdown(inTurn, 'en')).toMatch(/decided 1st/);
  });
});
