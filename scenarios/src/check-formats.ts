import { formatTotalMinutes, type Format, type Scenario } from '@borderline/shared';
import type { Problem } from './problem';

function plan(format: Format, teams: number): string {
  const { timing } = format;
  const decisions =
    format.decisionMode === 'sequential'
      ? `${teams} × ${timing.decisionMinutes} decisions`
      : `${timing.decisionMinutes} decisions`;
  const perMove = `${timing.deliberationMinutes} deliberation + ${decisions} + ${timing.resultsMinutes} results`;
  return `briefing ${timing.briefingMinutes} + ${format.moves.length} moves × (${perMove}) + debrief ${timing.hotwashMinutes}`;
}

/**
 * The cards a format is sure to show: the scheduled cards of the moves it
 * plays and of the moves it skips before its last (released at the next move
 * played), less those it omits, and the concluding cards (shown at the
 * debrief if the play never reached them).
 */
export function cardsShownIn(scenario: Scenario, format: Format) {
  const last = Math.max(...format.moves);
  const omitted = new Set(format.omitInjects);
  return scenario.injects.filter(
    (inject) =>
      inject.concluding === true ||
      (inject.release.type === 'scheduled' &&
        inject.release.move <= last &&
        !omitted.has(inject.id)),
  );
}

/**
 * Every format plays real moves in order, leaves out only scheduled cards,
 * adds up to the minutes it announces, and shows cards carrying every
 * learning objective; the scenario's duration is its first format's.
 */
export function checkFormats(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  const moves = new Set(scenario.moves.map((move) => move.number));
  const teams = scenario.rules.turnOrder.length;
  const ids = new Set<string>();
  scenario.formats.forEach((format, i) => {
    const at = (...path: (string | number)[]) => ['formats', i, ...path];
    if (ids.has(format.id))
      problems.push({ path: at('id'), message: `format "${format.id}" is defined twice` });
    ids.add(format.id);
    format.moves.forEach((move, m) => {
      if (!moves.has(move)) {
        problems.push({ path: at('moves', m), message: `move ${move} does not exist` });
      } else if (m > 0 && move <= (format.moves[m - 1] ?? -1)) {
        problems.push({ path: at('moves', m), message: 'expected the moves in increasing order' });
      }
    });
    format.omitInjects.forEach((id, k) => {
      const inject = scenario.injects.find((candidate) => candidate.id === id);
      if (inject === undefined || inject.release.type !== 'scheduled') {
        problems.push({
          path: at('omitInjects', k),
          message: `"${id}" is not a scheduled inject card (only scheduled cards can be left out)`,
        });
      }
    });
    const total = formatTotalMinutes(format, teams);
    if (total !== format.minutes) {
      problems.push({
        path: at('minutes'),
        message: `announces ${format.minutes} minutes, but its phases add up to ${total} (${plan(format, teams)})`,
      });
    }
    const shown = cardsShownIn(scenario, format);
    for (const objective of scenario.learningObjectives) {
      if (!shown.some((inject) => inject.objectives.includes(objective.id))) {
        problems.push({
          path: at('omitInjects'),
          message: `no card this format is sure to show serves the learning objective "${objective.id}"`,
        });
      }
    }
  });
  const first = scenario.formats[0];
  if (first !== undefined && scenario.durationMinutes !== first.minutes) {
    problems.push({
      path: ['durationMinutes'],
      message: `expected ${first.minutes}, the minutes of the first format ("${first.id}")`,
    });
  }
  return problems;
}
