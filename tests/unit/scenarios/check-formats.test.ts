import path from 'node:path';
import { checkFormats, loadScenario, scenariosRoot } from '@borderline/scenarios';
import type { Scenario } from '@borderline/shared';
import { formatTotalMinutes } from '@borderline/shared';
import { describe, expect, it } from 'vitest';

const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
const withFormat = (patch: Partial<Scenario['formats'][number]>, i = 1): Scenario => ({
  ...scenario,
  formats: scenario.formats.map((format, k) => (k === i ? { ...format, ...patch } : format)),
});

describe('checkFormats', () => {
  it('accepts the first scenario: 180, 90 and 50 minutes that add up', () => {
    expect(checkFormats(scenario)).toEqual([]);
    expect(scenario.formats.map((format) => [format.id, format.minutes])).toEqual([
      ['full', 180],
      ['seminar-90', 90],
      ['class-50', 50],
    ]);
    for (const format of scenario.formats) {
      expect(formatTotalMinutes(format, scenario.rules.turnOrder.length)).toBe(format.minutes);
    }
  });

  it('proves the sum: a format whose phases do not add up to its minutes is refused', () => {
    const problems = checkFormats(withFormat({ minutes: 80 }));
    expect(problems).toEqual([
      {
        path: ['formats', 1, 'minutes'],
        message:
          'announces 80 minutes, but its phases add up to 90 (briefing 10 + 3 moves × (10 deliberation + 3 × 2 decisions + 4 results) + debrief 20)',
      },
    ]);
  });

  it('counts one decision window per move when decisions are simultaneous', () => {
    const problems = checkFormats(withFormat({ decisionMode: 'simultaneous' }));
    expect(problems[0]?.message).toContain('add up to 78');
  });

  it('refuses unknown or unordered moves, unknown omitted cards, and a wrong scenario duration', () => {
    const problems = checkFormats({
      ...withFormat({
        moves: [1, 9, 3],
        minutes: 90,
        omitInjects: ['no-such-card', 'tariff-shock'],
      }),
      durationMinutes: 100,
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      'move 9 does not exist',
      'expected the moves in increasing order',
      '"no-such-card" is not a scheduled inject card (only scheduled cards can be left out)',
      '"tariff-shock" is not a scheduled inject card (only scheduled cards can be left out)',
      'expected 180, the minutes of the first format ("full")',
    ]);
  });

  it('requires every learning objective to be carried by a card the format shows', () => {
    const securitization = scenario.injects
      .filter(
        (inject) =>
          inject.release.type === 'scheduled' && inject.objectives.includes('securitization'),
      )
      .map((inject) => inject.id);
    const problems = checkFormats(
      withFormat({
        omitInjects: [...new Set([...(scenario.formats[1]?.omitInjects ?? []), ...securitization])],
      }),
    );
    expect(problems).toContainEqual({
      path: ['formats', 1, 'omitInjects'],
      message: 'no card this format is sure to show serves the learning objective "securitization"',
    });
  });
});
