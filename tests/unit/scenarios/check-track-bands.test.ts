import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario, scenariosRoot, validateScenario } from '@borderline/scenarios';
import { BAND_COLORS } from '@borderline/shared';
import {
  editedCopy,
  lineOf,
  onlyProblem,
  removeTemporaryFolders,
  replaceOnce,
} from './scenario-fixture';

afterAll(removeTemporaryFolders);

interface BandLines {
  from: number;
  to: number;
  color?: string;
  es?: string | null;
}

/** Bands for the fixture's escalation track (0 to 10), as YAML lines. */
function withBands(bands: BandLines[]): (text: string) => string {
  const lines = bands.map(({ from, to, color = 'grey', es = 'Tramo' }) =>
    [
      `      - from: ${from}`,
      `        to: ${to}`,
      `        color: ${color}`,
      `        label: { en: Stretch ${from}, ${es === null ? '' : `es: ${es} ${from} `}}`,
    ].join('\n'),
  );
  return replaceOnce(
    '    highLabel:\n      en: Open conflict\n',
    `    highLabel:\n      en: Open conflict\n    bands:\n${lines.join('\n')}\n`,
  );
}

describe('track bands', () => {
  it('accepts bands in order within the range, each with a palette colour and both languages', () => {
    const dir = editedCopy({
      'tracks.yaml': withBands([
        { from: 0, to: 3, color: 'teal' },
        { from: 4, to: 7, color: 'amber' },
        { from: 9, to: 10, color: 'red' },
      ]),
    });
    const report = validateScenario(dir);
    expect(report.problems).toEqual([]);
    expect(report.scenario?.tracks[0]?.bands?.map((band) => band.color)).toEqual([
      'teal',
      'amber',
      'red',
    ]);
  });

  it('refuses a colour outside the palette, naming the palette', () => {
    const dir = editedCopy({ 'tracks.yaml': withBands([{ from: 0, to: 3, color: '"#00ff00"' }]) });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['tracks', 0, 'bands', 0, 'color']);
    expect(problem.line).toBe(lineOf(dir, 'tracks.yaml', 'color: "#00ff00"'));
    expect(problem.message).toBe(
      `expected ${BAND_COLORS.map((color) => `"${color}"`).join(', ')}, found text "#00ff00"`,
    );
  });

  it('refuses a band that ends before it starts', () => {
    const dir = editedCopy({ 'tracks.yaml': withBands([{ from: 5, to: 2 }]) });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['tracks', 0, 'bands', 0, 'to']);
    expect(problem.message).toBe('expected "from" to be no greater than "to"');
  });

  it('refuses a band outside the track’s range', () => {
    const dir = editedCopy({ 'tracks.yaml': withBands([{ from: 8, to: 12 }]) });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.file).toBe(path.join(dir, 'tracks.yaml'));
    expect(problem.line).toBe(lineOf(dir, 'tracks.yaml', '- from: 8'));
    expect(problem.path).toEqual(['tracks', 0, 'bands', 0]);
    expect(problem.message).toBe('band 8–12 of "escalation" goes outside the track\'s range 0–10');
  });

  it('refuses overlapping or unordered bands', () => {
    const overlapping = editedCopy({
      'tracks.yaml': withBands([
        { from: 0, to: 4 },
        { from: 4, to: 6 },
      ]),
    });
    const problem = onlyProblem(validateScenario(overlapping));
    expect(problem.path).toEqual(['tracks', 0, 'bands', 1, 'from']);
    expect(problem.message).toBe(
      'band 4–6 of "escalation" starts at or before the end of the band before it (0–4); expected bands in ascending order, without overlap',
    );
    const unordered = editedCopy({
      'tracks.yaml': withBands([
        { from: 6, to: 8 },
        { from: 0, to: 2 },
      ]),
    });
    expect(onlyProblem(validateScenario(unordered)).path).toEqual([
      'tracks',
      0,
      'bands',
      1,
      'from',
    ]);
  });

  it('requires each band’s label in every declared language', () => {
    const dir = editedCopy({ 'tracks.yaml': withBands([{ from: 0, to: 3, es: null }]) });
    const problem = onlyProblem(validateScenario(dir));
    expect(problem.path).toEqual(['tracks', 0, 'bands', 0, 'label']);
    expect(problem.message).toMatch(/^missing its "es" translation/);
  });

  it('gives the first scenario’s gauges bands that cover their tracks, in English and Spanish', () => {
    const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
    const banded = scenario.tracks.filter((track) => track.bands !== undefined);
    expect(banded.map((track) => track.id)).toEqual([
      'escalation',
      'bilateral-trust',
      'fentanyl-flow',
      'political-protection',
    ]);
    for (const track of banded) {
      const bands = track.bands ?? [];
      expect(bands[0]?.from).toBe(track.min);
      expect(bands[bands.length - 1]?.to).toBe(track.max);
      bands.forEach((band, index) => {
        expect(band.label.es, `${track.id} band ${index}`).toBeDefined();
        if (index > 0) expect(band.from).toBe((bands[index - 1]?.to ?? NaN) + 1);
      });
    }
    const flow = banded.find((track) => track.id === 'fentanyl-flow');
    expect(flow?.bands?.find((band) => band.from <= 7 && band.to >= 7)?.color).toBe('red');
  });
});
