import { buildReport, reportToMarkdown, type ExerciseView } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { reportGame, SEEDS } from './support/report-games';

/** The dilemma game with Escalation set by hand from 3 to 6 in move 1's review. */
function setByHandInReview(): ExerciseView {
  const view = structuredClone(reportGame(SEEDS.dilemma).view);
  if (view.control === null) throw new Error('expected Control’s desk');
  const reason = 'The table would not accept less.';
  view.control.overrides.push({
    move: 1,
    at: 1,
    kind: 'track',
    target: 'escalation',
    from: 3,
    to: 6,
    reason,
  });
  const first = view.adjudications.find((adjudication) => adjudication.move === 1);
  if (first === undefined) throw new Error('expected move 1 adjudicated');
  first.overrideChanges.push({
    track: 'escalation',
    from: 3,
    to: 6,
    set: 6,
    clamped: false,
    reason,
  });
  return view;
}

describe('a track Control set by hand during the review, in the report’s log', () => {
  const report = buildReport(setByHandInReview());

  it('is one entry, not a track override and a setting by hand', () => {
    const move = report.timeline.find((entry) => entry.move === 1);
    expect(move?.overrides.filter((override) => override.kind === 'track')).toEqual([]);
    expect(move?.trackOverrides.map(({ track, from, to }) => ({ track, from, to }))).toEqual([
      { track: 'escalation', from: 3, to: 6 },
    ]);
  });

  it.each([
    ['en', 'Escalation set by hand: 3 → 6'],
    ['es', 'Escalada se fijó a mano: 3 → 6'],
  ] as const)('names the track once, never its id (%s)', (language, line) => {
    const markdown = reportToMarkdown(report, language);
    expect(markdown.split(line)).toHaveLength(2);
    expect(markdown).not.toMatch(/(Track override|Indicador modificado) on|en escalation/);
  });
});
