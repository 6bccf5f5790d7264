import type { BalanceReport } from './balance';
import { checkBalance } from './balance-targets';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(6);

/** The balance report for people: the figures, then every target with its verdict. */
export function formatBalance(report: BalanceReport): string {
  const lines = [
    `Balance of ${report.scenario}, format ${report.format}: ${report.runs} games per condition, ${report.gridRuns} per combination, seed ${report.seed}`,
    '',
    'Endings (mixed games)',
    ...Object.entries(report.endings).map(([id, share]) => `  ${id.padEnd(26)} ${pct(share)}`),
    '',
    'Per team: hawkish vs cooperative TVD; own score hawkish / cooperative / balanced (spread)',
  ];
  for (const [team, tvd] of Object.entries(report.tvd)) {
    const s = report.scores[team];
    const scores = s
      ? `${s.hawkish.toFixed(3)} / ${s.cooperative.toFixed(3)} / ${s.balanced.toFixed(3)}`
      : '';
    lines.push(
      `  ${team.padEnd(14)} TVD ${tvd.toFixed(3)}   score ${scores} (${(report.scoreSpread[team] ?? 0).toFixed(3)})`,
    );
  }
  lines.push(
    '',
    `Temperaments explain ${pct(report.explained).trim()} of the ending's uncertainty`,
  );
  lines.push('', 'Combinations (largest ending share)');
  for (const combination of report.combinations) {
    const who = Object.values(combination.temperaments)
      .map((temperament) => temperament.slice(0, 4))
      .join('/');
    const [ending, share] = Object.entries(combination.endings)[0] ?? ['none', 0];
    lines.push(`  ${who.padEnd(16)} ${ending.padEnd(24)} ${pct(share)}`);
  }
  lines.push('', 'Cards (share of games played)');
  for (const [id, share] of Object.entries(report.cards).sort((a, b) => b[1] - a[1])) {
    lines.push(`  ${id.padEnd(38)} ${pct(share)}`);
  }
  lines.push('', 'Odds modifiers (share of games applied)');
  for (const [id, share] of Object.entries(report.modifiers).sort((a, b) => a[1] - b[1])) {
    lines.push(`  ${id.padEnd(38)} ${pct(share)}`);
  }
  lines.push('', 'Targets');
  for (const check of checkBalance(report)) {
    lines.push(`  ${check.holds ? 'ok  ' : 'MISS'} ${check.target}: ${check.detail}`);
  }
  return lines.join('\n');
}
