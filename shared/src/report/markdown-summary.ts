import { causeText, inline, scenarioText, team, type MarkdownContext } from './markdown-format';
import { firstSentence, largestShares, teamsAtAGlance, trackPath } from './report-at-a-glance';
import { trackName } from './report-names';
import type { ReportMoment } from './report-schema';

/** How the game ended, in one sentence (the ending's title among it). */
function endingLine(context: MarkdownContext): string {
  const { summary, overview } = context.report;
  const w = context.words.summary;
  const ending = summary.ending;
  if (ending === null) return w.notEnded;
  const title = ending.title === null ? '' : scenarioText(context, ending.title);
  if (ending.kind === 'final')
    return w.endedFinal(title, overview.movesPlayed, overview.movesPlanned);
  if (ending.kind === 'early') return w.endedEarly(title, ending.move);
  return w.endedByControl(ending.move, ending.reason === null ? null : inline(ending.reason));
}

/** How much the game played: injects, decisions, actions, overrides (the overview's appendix). */
export function countsLine(context: MarkdownContext): string {
  const { counts } = context.report.summary;
  return context.words.summary.counts(
    counts.injects,
    counts.decisions,
    counts.actions,
    counts.overrides,
  );
}

/**
 * The report's one-page summary, under its title and before the lessons:
 * how it ended, the tracks that moved most move by move (the page's chart),
 * each team's key decision and objectives met, and the three biggest
 * turning points, each on one line.
 */
export function summaryLines(context: MarkdownContext): string[] {
  const { report, words } = context;
  const w = words.summary;
  const { ending, largestChanges, turningPoints } = report.summary;
  const described =
    ending?.text === null || ending === undefined || ending === null
      ? ''
      : ` ${firstSentence(scenarioText(context, ending.text))}`;
  const trackText = (id: string) => inline(trackName(report, id, context.language));
  const paths = largestChanges.map(
    (change) => `${trackText(change.track)} ${trackPath(report, change.track).join(' → ')}`,
  );
  const lines = [
    `${endingLine(context)}${described}`,
    '',
    paths.length === 0 ? w.noChange : w.trackPaths(paths.join('; ')),
    '',
  ];
  for (const entry of teamsAtAGlance(report)) {
    const action = entry.keyAction;
    const decision =
      action === null || action.cause.kind !== 'action'
        ? w.noKeyAction
        : w.keyAction(
            action.move,
            action.cause.card !== null
              ? scenarioText(context, action.cause.card.name)
              : inline(action.cause.freeform ?? action.cause.action),
            words.timeline.outcome[action.cause.outcome],
          );
    const objectives =
      entry.objectives === null
        ? w.notScored
        : w.objectivesMet(entry.objectives.met, entry.objectives.total);
    lines.push(`- **${team(context, entry.team)}**: ${decision}; ${objectives}.`);
  }
  const moment = (item: ReportMoment) =>
    `${words.timeline.move(item.move)}: ${causeText(context, item.cause)}: ${largestShares(
      report,
      item.changes,
    )
      .map((change) => `${trackText(change.track)} ${change.from} → ${change.to}`)
      .join('; ')}`;
  lines.push('', `**${w.turningPoints}**`, '');
  if (turningPoints.length === 0) lines.push(w.noTurningPoints);
  turningPoints.forEach((item, index) => lines.push(`${index + 1}. ${moment(item)}`));
  return lines;
}
