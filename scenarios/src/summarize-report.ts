import path from 'node:path';
import type { Scenario } from '@borderline/shared';
import type { TranslationCoverage } from './check-translations';
import { displayPath } from './format-problem';
import type { ArticleOutcome, ScenarioReport } from './validate-scenario';

/**
 * One line per scenario: `us-mexico-2026: ok — 3 teams, 8 tracks, 6 moves
 * (practice + 5), ...; es 100%; article check: 24 excerpts verified`.
 */
export function summarizeReport(report: ScenarioReport, base: string): string {
  const name = path.basename(report.dir);
  const verdict = report.problems.length === 0 ? 'ok' : count(report.problems.length, 'error');
  if (report.scenario === undefined) {
    const waiting =
      report.stoppedAt === 'schema'
        ? 'the other checks run once the schema passes'
        : 'the other checks run once the files can be read';
    return `${name}: ${verdict}; ${waiting}`;
  }
  const parts = [
    `${name}: ${verdict} — ${describeContents(report.scenario)}`,
    ...report.translations.map(describeCoverage),
    ...(report.article === undefined ? [] : [describeArticle(report.article, base)]),
  ];
  return parts.join('; ');
}

function describeContents(scenario: Scenario): string {
  return [
    count(scenario.teams.length, 'team'),
    count(scenario.tracks.length, 'track'),
    describeMoves(scenario),
    count(scenario.actions.length, 'action'),
    count(scenario.injects.length, 'inject'),
    count(scenario.endings.length, 'ending'),
    ...(scenario.formats.length === 0 ? [] : [describeFormats(scenario)]),
  ].join(', ');
}

/** `formats full 180 min, seminar-90 90 min` (each sum proven by the format check). */
function describeFormats(scenario: Scenario): string {
  const formats = scenario.formats.map((format) => `${format.id} ${format.minutes} min`);
  return `formats ${formats.join(', ')}`;
}

function describeMoves(scenario: Scenario): string {
  const moves = count(scenario.moves.length, 'move');
  const hasPractice = scenario.moves.some((move) => move.number === 0);
  return hasPractice ? `${moves} (practice + ${scenario.moves.length - 1})` : moves;
}

function describeCoverage(coverage: TranslationCoverage): string {
  if (coverage.translated === coverage.total) return `${coverage.language} 100%`;
  // Rounded down, so that an almost complete translation never reads as 100%.
  const percent = Math.floor((100 * coverage.translated) / coverage.total);
  return `${coverage.language} ${percent}% (${coverage.translated}/${coverage.total} texts)`;
}

function describeArticle(article: ArticleOutcome, base: string): string {
  if (article.status === 'not-run') {
    return `article check not run: ${displayPath(article.file, base)} not found`;
  }
  if (article.verified === article.total) {
    return `article check: ${count(article.verified, 'excerpt')} verified`;
  }
  return `article check: ${article.verified} of ${count(article.total, 'excerpt')} verified`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
