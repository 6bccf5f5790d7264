import {
  buildReport,
  REPORT_APPENDICES,
  REPORT_BODY_SECTIONS,
  reportSectionTitles,
  reportToMarkdown,
  type Language,
} from '@borderline/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { isExerciseEvent } from '../../../server/src/engine';
import { DEFAULT_WHAT_IF_OPTIONS, analyseWhatIf } from '../../../server/src/what-if';
import { installedScenarios } from '../../support/in-process-server';
import { playSeminarGame } from './support/seminar-game';

/** A reader of an instructor's document: about 200 words a minute. */
const WORDS_PER_MINUTE = 200;
const MINUTES = 10;

/** Words as a reader counts them: runs of letters or digits (table pipes and bullets are not words). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

/**
 * A typical five-move game's report reads in under ten minutes: its body
 * (the one-page summary, the lessons by objective, the improvement plan,
 * the key decisions and the choices versus dice), everything before the
 * first appendix, is under 2,000 words in both languages: the summary is
 * counted, it is read like the rest. The game is a heavy
 * one for the count: every student answers every reflection question and
 * Control notes every rating. Its choices versus dice keeps as many rolls
 * and decisions as the server's (fewer continuations each: the count of
 * rows, not their precision, is what is read).
 */
describe('the report’s reading time', () => {
  const game = playSeminarGame();
  afterAll(() => game.harness.service.stop());
  const { log } = game.material;
  const scenario = installedScenarios().find((candidate) => candidate.id === log.scenarioId);
  if (scenario === undefined) throw new Error(`${log.scenarioId} is not installed`);
  const events = log.entries.flatMap((entry) =>
    isExerciseEvent(entry.event) ? [entry.event] : [],
  );
  const whatIf = analyseWhatIf(scenario, { seed: log.seed, config: log.config }, events, {
    ...DEFAULT_WHAT_IF_OPTIONS,
    continuations: 8,
    pilot: 3,
  });
  const report = { ...buildReport(game.view), ...(whatIf === null ? {} : { whatIf }) };

  it('is a five-move game with every kind of evidence in it', () => {
    expect(report.overview.movesPlayed).toBe(5);
    expect(
      report.attainment.objectives.every((o) => o.ratings.length === report.teams.length),
    ).toBe(true);
    expect(report.attainment.objectives.some((o) => o.reflections.length > 0)).toBe(true);
    expect(report.attainment.knowledgeByTeam.every((entry) => entry.after.players === 2)).toBe(
      true,
    );
    expect(report.decisionPoints.decisions.length).toBeGreaterThan(0);
    expect(report.whatIf?.rolls.length).toBe(DEFAULT_WHAT_IF_OPTIONS.rolls);
    expect(report.whatIf?.decisions.length).toBeGreaterThan(0);
  });

  it.each(['en', 'es'] as const)(
    'reads its body in under ten minutes (%s)',
    (language: Language) => {
      const markdown = reportToMarkdown(report, language);
      const titles = reportSectionTitles(language);
      const firstAppendix = markdown.indexOf(`\n## ${titles[REPORT_APPENDICES[0]]}\n`);
      expect(firstAppendix).toBeGreaterThan(0);
      const body = markdown.slice(0, firstAppendix);
      for (const section of REPORT_BODY_SECTIONS) expect(body).toContain(`## ${titles[section]}`);
      const words = countWords(body);
      // The figure the issue asks for, printed with the test run.
      console.info(
        `report body (${language}): ${words} words, ${(words / WORDS_PER_MINUTE).toFixed(1)} min`,
      );
      expect(words).toBeGreaterThan(300);
      expect(words).toBeLessThan(WORDS_PER_MINUTE * MINUTES);
    },
  );
});
