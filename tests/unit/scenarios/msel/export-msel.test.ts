import { describe, expect, it } from 'vitest';
import { exportMsel, MSEL_COLUMNS } from '../../../../scenarios/src/msel';
import { cellOf, firstScenario, readCsv } from './msel-support';

const STANDARD_HEADERS = [
  'MSEL #',
  'Move',
  'In-world time',
  'Title',
  'Kind',
  'From',
  'To',
  'Delivery',
  'Description',
  'Expected player actions',
  'Source line',
];

describe('exportMsel on the first scenario', () => {
  const csv = exportMsel(firstScenario());
  const table = readCsv(csv);
  const [header = [], ...rows] = table;

  it('starts with the standard columns, in the order exercise programmes write them, then Borderline’s', () => {
    expect(header.slice(0, STANDARD_HEADERS.length)).toEqual(STANDARD_HEADERS);
    expect(header.slice(STANDARD_HEADERS.length)).toEqual([
      'Inject id',
      'Title (es)',
      'From (es)',
      'Description (es)',
      'Expected player actions (es)',
      'Excerpt',
      'Excerpt (es)',
      'Also cites',
      'Also cites (es)',
      'Concluding',
      'Effects',
      'Trigger condition',
      'Questions',
      'Questions (es)',
      'Objectives',
    ]);
    expect(MSEL_COLUMNS.filter((column) => column.standard).map((column) => column.header)).toEqual(
      STANDARD_HEADERS,
    );
  });

  it('has one row per inject card (41), numbered from 1, in the scenario’s order', () => {
    expect(rows).toHaveLength(41);
    expect(rows.map((row) => row[0])).toEqual(rows.map((_, index) => String(index + 1)));
    expect(rows.map((row) => row[header.indexOf('Inject id')])).toEqual(
      firstScenario().injects.map((card) => card.id),
    );
  });

  it('fills every standard column of every row, but the date of a card released by a trigger or by Control', () => {
    const delivery = header.indexOf('Delivery');
    for (const row of rows) {
      const dated = row[delivery] === 'Scheduled';
      STANDARD_HEADERS.forEach((name, index) => {
        const cell = row[index]?.trim();
        if (name === 'In-world time' && !dated) expect(cell, `${row[11]} ${name}`).toBe('');
        else expect(cell, `${row[11]} ${name}`).not.toBe('');
      });
    }
  });

  it("writes the excerpt's translation, the further sources and the concluding mark", () => {
    const card = firstScenario().injects.find((inject) => inject.id === 'labs-on-the-move');
    expect(cellOf(table, 'labs-on-the-move', 'Excerpt (es)')).toBe(card?.source.translation?.es);
    expect(cellOf(table, 'labs-on-the-move', 'Also cites')).toBe(
      `win-without-war-2025: ${card?.alsoCites[0]?.finding.en}`,
    );
    expect(cellOf(table, 'labs-on-the-move', 'Also cites (es)')).toBe(
      `win-without-war-2025: ${card?.alsoCites[0]?.finding.es}`,
    );
    expect(cellOf(table, 'little-debate-in-mexico', 'Also cites')).toBe('');
    expect(cellOf(table, 'margin-for-miscalculation', 'Concluding')).toBe('Yes');
    expect(cellOf(table, 'little-debate-in-mexico', 'Concluding')).toBe('');
  });

  it('writes a scheduled card: its move, date, kind, sender, audience and source line', () => {
    const id = 'little-debate-in-mexico';
    const card = firstScenario().injects.find((inject) => inject.id === id);
    expect(cellOf(table, id, 'Move')).toBe('1');
    expect(cellOf(table, id, 'Delivery')).toBe('Scheduled');
    expect(cellOf(table, id, 'In-world time')).toBe(card?.date);
    expect(cellOf(table, id, 'Title')).toBe(card?.title.en);
    expect(cellOf(table, id, 'From')).toBe(card?.from.en);
    expect(cellOf(table, id, 'To')).toBe('Mexico City');
    expect(cellOf(table, id, 'Description')).toBe(card?.body.en);
    expect(cellOf(table, id, 'Source line')).toBe(String(card?.source.line));
    expect(cellOf(table, id, 'Trigger condition')).toBe('');
  });

  it('writes a triggered card with its earliest move, its condition as JSON and its effects', () => {
    const id = 'limited-strike-shockwaves';
    expect(cellOf(table, id, 'Move')).toBe('1');
    expect(cellOf(table, id, 'Delivery')).toBe('Triggered');
    expect(cellOf(table, id, 'Kind')).toBe('News');
    expect(cellOf(table, id, 'Source line')).toBe('58');
    expect(JSON.parse(cellOf(table, id, 'Trigger condition'))).toEqual({
      type: 'track',
      track: 'escalation',
      atLeast: 5,
    });
    expect(cellOf(table, id, 'Effects')).toBe('trade-integration -1');
    expect(cellOf(table, id, 'Objectives')).toBe('escalation-awareness; coercive-interdependence');
  });

  it('writes audiences, questions and expected actions with team names, one "Team: text" line each', () => {
    const id = 'trust-breaking-point';
    expect(cellOf(table, id, 'To')).toBe('Washington; Mexico City');
    expect(cellOf(table, id, 'Kind')).toBe('Cable');
    expect(cellOf(table, id, 'Questions').split('\n')).toEqual([
      'Washington: What gesture could stop the slide, and who should make it first?',
      'Mexico City: What gesture could stop the slide, and who should make it first?',
    ]);
    expect(cellOf(table, id, 'Expected player actions')).toBe(
      'Washington: Consider the intelligence compact before another coercive step.\n' +
        'Mexico City: Consider the command-centre offer or a visible Mexican-led result.',
    );
    // The Spanish columns name the teams in Spanish.
    expect(cellOf(table, id, 'Questions (es)').split('\n')).toEqual([
      'Washington: ¿Qué gesto podría frenar el deterioro, y quién debería hacerlo primero?',
      'Ciudad de México: ¿Qué gesto podría frenar el deterioro, y quién debería hacerlo primero?',
    ]);
    expect(cellOf(table, 'six-cartels-designated', 'Questions (es)')).toMatch(
      /^Todos los equipos: ¿Qué pueden hacer/,
    );
  });

  it('writes a card held by Control with "Any" move and "By Control" delivery', () => {
    expect(cellOf(table, 'overdose-figures', 'Move')).toBe('Any');
    expect(cellOf(table, 'overdose-figures', 'Delivery')).toBe('By Control');
    expect(cellOf(table, 'six-cartels-designated', 'To')).toBe('All teams');
    expect(cellOf(table, 'accept-or-denounce', 'Kind')).toBe('Intelligence brief');
  });

  it('ends records in CRLF, quotes cells holding line breaks, and adds a BOM only when asked', () => {
    expect(csv.startsWith('MSEL #,Move,')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(header.join(','));
    expect(csv).toContain('"Washington: What gesture could stop the slide');
    expect(exportMsel(firstScenario(), { bom: true }).startsWith('\uFEFFMSEL #,')).toBe(true);
  });
});
