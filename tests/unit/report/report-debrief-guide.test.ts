import { buildReport, DEBRIEF_STAGES, Report, reportToMarkdown } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { reportGame, scenario, SEEDS } from './support/report-games';

const guide = scenario.debriefGuide;
if (guide === undefined) throw new Error('the first scenario has a debrief guide');
const allNotes = DEBRIEF_STAGES.flatMap((stage) => guide[stage]).flatMap((question) => [
  question.notes.en,
  question.notes.es ?? '',
]);

describe('the debrief guide in the report', () => {
  const game = reportGame(SEEDS.rupture);
  const report = buildReport(game.view);

  it('lists the questions this game asked, with their stage, by priority, without Control’s notes', () => {
    expect(Report.parse(report)).toStrictEqual(report);
    for (const stage of DEBRIEF_STAGES) {
      const asked = report.debriefGuide.filter((question) => question.stage === stage);
      expect(asked.length, stage).toBeGreaterThanOrEqual(4);
      expect(asked.map((question) => question.priority)).toEqual(
        game.view.debrief?.[stage].guide.map((question) => question.priority),
      );
    }
    const what = report.debriefGuide.filter((question) => question.stage === 'what');
    expect(what.find((question) => question.asked === 'ending')?.text.en).toMatch(
      /^Trust ran out before the last move/,
    );
    const json = JSON.stringify(report);
    expect(allNotes.filter((note) => json.includes(note))).toEqual([]);
  });

  it('prints them under the debrief’s questions, stage by stage, in English and Spanish', () => {
    const english = reportToMarkdown(report, 'en');
    expect(english).toContain('### Hotwash guide: Why it happened');
    expect(english).toContain(
      '1. Did pressure reduce the flow of fentanyl, or move it? (objective 4)',
    );
    expect(english).toMatch(
      /Trust ran out before the last move\..*\(objective 3; for this ending\)/,
    );
    expect(english.indexOf('### Hotwash guide: What happened')).toBeLessThan(
      english.indexOf('### The released cards’ questions'),
    );
    const spanish = reportToMarkdown(report, 'es');
    expect(spanish).toContain('### Guion del debate final: Por qué pasó');
    expect(spanish).toContain('1. ¿La presión redujo el flujo de fentanilo, o solo lo desplazó?');
  });

  it('reads a report made before the guide as asking none', () => {
    const { debriefGuide: _dropped, ...older } = report;
    expect(Report.parse(older).debriefGuide).toEqual([]);
  });
});
