import type { Adjudication, ExerciseLogEntry, TrackChange } from '../engine';
import type { PlayedGame } from './run-game';
import type { SimulationSummary } from './simulate';

const percent = (part: number, whole: number) =>
  `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

function describeChange(change: TrackChange): string {
  const delta = change.delta ?? 0;
  const asked = change.set === undefined ? `${delta >= 0 ? '+' : ''}${delta}` : `=${change.set}`;
  return `${change.track} ${change.from}->${change.to} (${asked}${change.clamped ? ', clamped' : ''})`;
}

/** Who sent an entry, in one word for the text log. */
function senderWord(sender: ExerciseLogEntry['sender']): string {
  switch (sender.kind) {
    case 'bot':
      return `bot:${sender.team}`;
    case 'player':
      return `player:${sender.playerId}`;
    default:
      return sender.kind;
  }
}

function describeEvent(entry: ExerciseLogEntry): string {
  const fields = Object.entries(entry.event).filter(([key]) => key !== 'type' && key !== 'at');
  const details = fields.length > 0 ? ` ${JSON.stringify(Object.fromEntries(fields))}` : '';
  return `#${entry.seq} move ${entry.move} ${entry.phase} ${senderWord(entry.sender)}: ${entry.event.type}${details}`;
}

function describeAdjudication(adjudication: Adjudication): string[] {
  const lines = adjudication.results.map((result) => {
    const odds = result.odds === null ? 'no odds' : `odds ${result.odds.total}%`;
    const modifiers = (result.odds?.modifiers ?? [])
      .filter((modifier) => modifier.applies)
      .map(
        (modifier) => `${modifier.delta >= 0 ? '+' : ''}${modifier.delta} ${modifier.reason.en}`,
      );
    const roll = result.roll === null ? 'certain' : `rolled ${result.roll}`;
    const changes = [...result.costs, ...result.effects].map(describeChange).join(', ');
    const why = modifiers.length > 0 ? ` [${modifiers.join('; ')}]` : '';
    return `    ${result.team} ${result.card ?? 'free-form'} (${result.visibility}): ${odds}${why}, ${roll} -> ${result.outcome}${changes ? `; ${changes}` : ''}`;
  });
  for (const release of adjudication.injects) {
    const changes = release.changes.map(describeChange).join(', ');
    lines.push(
      `    inject ${release.inject} released (${release.cause.kind})${changes ? `; ${changes}` : ''}`,
    );
  }
  if (adjudication.ending !== null) {
    lines.push(`    ending: ${adjudication.ending.id ?? 'none'} (${adjudication.ending.kind})`);
  }
  return lines;
}

/** One game's whole log, with each published adjudication explained under its event. */
export function formatGame({ context, log }: Pick<PlayedGame, 'context' | 'log'>): string {
  const lines: string[] = [];
  let published = 0;
  for (const entry of log) {
    lines.push(describeEvent(entry));
    if (entry.event.type === 'facilitator.publishAdjudication') {
      const adjudication = context.adjudications[published];
      published += 1;
      if (adjudication) lines.push(...describeAdjudication(adjudication));
    }
  }
  lines.push('', `Ending: ${context.ending?.id ?? 'none'} (${context.ending?.kind ?? 'n/a'})`);
  lines.push(
    `Tracks: ${Object.entries(context.tracks)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`,
  );
  for (const score of context.scores ?? []) {
    const objectives = score.objectives.map((o) => `${o.objective} ${o.met ? 'met' : 'missed'}`);
    lines.push(`Score ${score.team}: ${score.earned}/${score.possible} (${objectives.join(', ')})`);
  }
  return lines.join('\n');
}

export function formatSummary(summary: SimulationSummary): string {
  const pad = (text: string, width: number) => text.padEnd(width);
  const temperaments = Object.entries(summary.temperaments)
    .map(([team, temperament]) => `${team}=${temperament}`)
    .join(', ');
  const lines = [
    `Scenario ${summary.scenario}, format ${summary.format}: ${summary.runs} games, seed ${summary.seed}, temperaments ${temperaments || 'all mixed'}`,
    `Speed: ${summary.gamesPerSecond} games per second (${summary.eventsPerGame} events per game)`,
    '',
    'Endings',
  ];
  const endings = Object.entries(summary.endings).sort((a, b) => b[1] - a[1]);
  for (const [ending, count] of endings) {
    lines.push(
      `  ${pad(ending, 26)} ${String(count).padStart(6)}  ${percent(count, summary.runs)}`,
    );
  }
  lines.push('', 'Final tracks (min / mean / max)');
  for (const [track, range] of Object.entries(summary.tracks)) {
    lines.push(`  ${pad(track, 26)} ${range.min} / ${range.mean} / ${range.max}`);
  }
  lines.push('', 'Objective scores per team (weighted share met, 0..1: min / mean / max)');
  for (const [team, score] of Object.entries(summary.scores)) {
    lines.push(
      `  ${pad(team, 26)} ${score.min.toFixed(2)} / ${score.mean.toFixed(2)} / ${score.max.toFixed(2)}`,
    );
    for (const [objective, rate] of Object.entries(score.objectives)) {
      lines.push(`    ${pad(objective, 28)} met in ${(rate * 100).toFixed(1)}%`);
    }
  }
  return lines.join('\n');
}
