import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../server/src/simulate/cli-args';
import { formatGame, formatSummary } from '../../../server/src/simulate/format-report';
import { resolveTemperaments, runGame } from '../../../server/src/simulate/run-game';
import { simulate } from '../../../server/src/simulate/simulate';
import { fixture } from '../../fixtures/engine/fixture-scenario';

describe('simulate', () => {
  it('plays complete games with bots in every seat and summarises them', () => {
    const summary = simulate(fixture, { runs: 50, seed: 4 });
    expect(summary.runs).toBe(50);
    expect(Object.values(summary.endings).reduce((a, b) => a + b, 0)).toBe(50);
    expect(summary.gamesPerSecond).toBeGreaterThan(0);
    expect(Object.keys(summary.scores)).toEqual(['washington', 'mexico', 'cartels']);
    for (const track of fixture.tracks) {
      const range = summary.tracks[track.id];
      expect(range?.min).toBeGreaterThanOrEqual(track.min);
      expect(range?.max).toBeLessThanOrEqual(track.max);
    }
    expect(formatSummary(summary)).toContain('Endings');
  });

  it('is reproducible for a seed', () => {
    const a = simulate(fixture, { runs: 20, seed: 9 });
    const b = simulate(fixture, { runs: 20, seed: 9 });
    expect(a.endings).toEqual(b.endings);
    expect(a.tracks).toEqual(b.tracks);
  });

  it('prints a whole game log with each adjudication explained', () => {
    const text = formatGame(runGame(fixture, { seed: 2 }));
    expect(text).toContain('#1 move 0 lobby facilitator: facilitator.start');
    expect(text).toMatch(/odds \d+%/);
    expect(text).toContain('Ending: ');
  });

  it('draws mixed temperaments from the game seed and keeps the given ones', () => {
    const resolved = resolveTemperaments(fixture, 3, { washington: 'hawkish' });
    expect(resolved.washington).toBe('hawkish');
    expect(resolveTemperaments(fixture, 3)).toEqual(resolveTemperaments(fixture, 3));
  });
});

describe('simulate CLI arguments', () => {
  it('parses the documented options', () => {
    expect(
      parseArgs([
        '--scenario',
        'us-mexico-2026',
        '--runs',
        '10',
        '--seed',
        '3',
        '--json',
        '--temperament',
        'washington=hawkish,cartels=cooperative',
        '--format',
        'seminar-90',
        '--balance',
      ]),
    ).toEqual({
      scenario: 'us-mexico-2026',
      runs: 10,
      seed: 3,
      json: true,
      balance: true,
      format: 'seminar-90',
      skipPractice: false,
      temperaments: { washington: 'hawkish', cartels: 'cooperative' },
    });
    expect(parseArgs(['--help'])).toBeNull();
  });

  it('rejects what it does not understand', () => {
    expect(() => parseArgs([])).toThrow('--scenario is required');
    expect(() => parseArgs(['--scenario', 'x', '--runs', 'many'])).toThrow(
      '--runs expects a whole number',
    );
    expect(() => parseArgs(['--scenario', 'x', '--temperament', 'a=angry'])).toThrow(
      '--temperament expects',
    );
    expect(() => parseArgs(['--scenario', 'x', '--fast'])).toThrow('unknown argument "--fast"');
  });
});
