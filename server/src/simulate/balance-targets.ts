import type { BalanceReport } from './balance';

/** What "the teams' choices matter more than the dice" means, in figures (issue 10). */
export const BALANCE_TARGETS = {
  /** No ending exceeds this share of games in any temperament combination. */
  maxEndingShare: 0.7,
  /** Every ending is reached in at least this share of the mixed games. */
  minEndingShare: 0.03,
  /** Each team's hawkish and cooperative games end differently by at least this TVD. */
  minTvd: 0.4,
  /** Each team's own score differs by at least this between its best and worst temperament. */
  minScoreSpread: 0.1,
  /** The temperaments explain at least this share of the ending's uncertainty. */
  minExplained: 0.35,
  /** Every odds modifier applies, and every card is played, in at least this share of games. */
  minModifierShare: 0.02,
  minCardShare: 0.02,
  /** No card is played in more than this share of games (none is dominant). */
  maxCardShare: 0.85,
} as const;

export interface BalanceCheck {
  /** A stable key: `worst-combination`, `rarest-ending`, `tvd:<team>`, `spread:<team>`, `explained`, `modifiers`, `rare-cards`, `dominant-cards`. */
  id: string;
  target: string;
  holds: boolean;
  detail: string;
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** Every target, whether the report meets it, and the figure that decides. */
export function checkBalance(report: BalanceReport): BalanceCheck[] {
  const t = BALANCE_TARGETS;
  const checks: BalanceCheck[] = [];
  const worst = report.worstCombination;
  const who = Object.entries(worst.temperaments)
    .map(([team, temperament]) => `${team}=${temperament}`)
    .join(', ');
  checks.push({
    id: 'worst-combination',
    target: `no ending above ${pct(t.maxEndingShare)} in any combination`,
    holds: worst.share <= t.maxEndingShare,
    detail: `largest: ${worst.ending} ${pct(worst.share)} (${who})`,
  });
  const rarest = Object.entries(report.endings).sort((a, b) => a[1] - b[1])[0];
  checks.push({
    id: 'rarest-ending',
    target: `every ending in at least ${pct(t.minEndingShare)} of mixed games`,
    holds: rarest === undefined || rarest[1] >= t.minEndingShare,
    detail: rarest === undefined ? 'no endings' : `rarest: ${rarest[0]} ${pct(rarest[1])}`,
  });
  for (const [team, tvd] of Object.entries(report.tvd)) {
    checks.push({
      id: `tvd:${team}`,
      target: `${team}: hawkish vs cooperative TVD at least ${t.minTvd}`,
      holds: tvd >= t.minTvd,
      detail: `${tvd.toFixed(3)}`,
    });
  }
  for (const [team, spread] of Object.entries(report.scoreSpread)) {
    checks.push({
      id: `spread:${team}`,
      target: `${team}: own score spread at least ${t.minScoreSpread}`,
      holds: spread >= t.minScoreSpread,
      detail: `${spread.toFixed(3)}`,
    });
  }
  checks.push({
    id: 'explained',
    target: `temperaments explain at least ${pct(t.minExplained)} of the ending's uncertainty`,
    holds: report.explained >= t.minExplained,
    detail: pct(report.explained),
  });
  const rareModifiers = Object.entries(report.modifiers).filter(([, s]) => s < t.minModifierShare);
  checks.push({
    id: 'modifiers',
    target: `every odds modifier applies in at least ${pct(t.minModifierShare)} of games`,
    holds: rareModifiers.length === 0,
    detail:
      rareModifiers.length === 0
        ? `rarest: ${pct(Math.min(...Object.values(report.modifiers)))}`
        : rareModifiers.map(([id, s]) => `${id} ${pct(s)}`).join(', '),
  });
  const cards = Object.entries(report.cards);
  const rareCards = cards.filter(([, s]) => s < t.minCardShare);
  checks.push({
    id: 'rare-cards',
    target: `every card played in at least ${pct(t.minCardShare)} of games`,
    holds: rareCards.length === 0,
    detail:
      rareCards.length === 0
        ? `rarest: ${pct(Math.min(...cards.map(([, s]) => s)))}`
        : rareCards.map(([id, s]) => `${id} ${pct(s)}`).join(', '),
  });
  const dominant = cards.filter(([, s]) => s > t.maxCardShare);
  checks.push({
    id: 'dominant-cards',
    target: `no card played in more than ${pct(t.maxCardShare)} of games`,
    holds: dominant.length === 0,
    detail:
      dominant.length === 0
        ? `most played: ${pct(Math.max(...cards.map(([, s]) => s)))}`
        : dominant.map(([id, s]) => `${id} ${pct(s)}`).join(', '),
  });
  return checks;
}
