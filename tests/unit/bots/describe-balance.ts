import type { Scenario } from '@borderline/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { balance, type BalanceReport } from '../../../server/src/simulate/balance';
import { checkBalance } from '../../../server/src/simulate/balance-targets';

/**
 * The figures the README reports: 2,000 games per condition (500 per
 * temperament combination), seed 7, as `npm run simulate -- --balance` plays
 * them. Every target of `checkBalance` must hold in both formats.
 */
export function describeBalance(scenario: Scenario, format: string): void {
  describe(`us-mexico-2026 balance, format ${format}`, () => {
    let report: BalanceReport;
    beforeAll(() => {
      report = balance(scenario, { runs: 2000, seed: 7, format });
    }, 300_000);

    it('reports every ending, team, combination, card and modifier', () => {
      expect(report.format).toBe(format);
      expect(Object.keys(report.endings).sort()).toEqual(
        scenario.endings.map((ending) => ending.id).sort(),
      );
      expect(report.combinations).toHaveLength(27);
      for (const combination of report.combinations) {
        expect(Object.keys(combination.temperaments)).toEqual(
          scenario.teams.map((team) => team.id),
        );
      }
      expect(Object.keys(report.tvd).sort()).toEqual(scenario.teams.map((team) => team.id).sort());
      expect(Object.keys(report.scoreSpread).sort()).toEqual(Object.keys(report.tvd).sort());
      expect(Object.keys(report.cards)).toHaveLength(scenario.actions.length);
      const modifiers = scenario.actions.reduce((sum, card) => sum + card.odds.modifiers.length, 0);
      expect(Object.keys(report.modifiers)).toHaveLength(modifiers);
    });

    it('meets every balance target', () => {
      const missed = checkBalance(report)
        .filter((check) => !check.holds)
        .map((check) => `${check.target}: ${check.detail}`);
      expect(missed).toEqual([]);
    });
  });
}
