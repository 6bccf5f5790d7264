import { describe, expect, it } from 'vitest';
import { InjectCard } from '@borderline/shared';
import { exportMsel, importMsel } from '../../../../scenarios/src/msel';
import {
  columnIndex,
  editedExport,
  firstScenario,
  readCsv,
  setCell,
  writeCsv,
} from './msel-support';

function importedCards(csv: string): InjectCard[] {
  const result = importMsel(csv, firstScenario());
  if (!result.ok)
    throw new Error(`import failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result.injects;
}

describe('MSEL round trip', () => {
  it('MSEL CSV export then import gives the same inject cards', () => {
    const scenario = firstScenario();
    const cards = importedCards(exportMsel(scenario));
    expect(cards).toHaveLength(41);
    expect(cards).toStrictEqual(scenario.injects);
    // The same after the schema's own parse (defaults filled, nothing extra).
    expect(cards.map((card) => InjectCard.parse(card))).toStrictEqual(scenario.injects);
  });

  it('neutralises cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const scenario = firstScenario();
    const [first, ...rest] = scenario.injects;
    if (first === undefined) throw new Error('the scenario has no inject');
    const hostile: InjectCard = {
      ...first,
      title: { ...first.title, en: '=HYPERLINK("http://evil.example","click")' },
      from: { ...first.from, en: "'=already quoted" },
      body: { ...first.body, en: '@SUM(A1:A9)' },
      source: { ...first.source, excerpt: '-2+3' },
    };
    const edited = { ...scenario, injects: [hostile, ...rest] };
    const csv = exportMsel(edited);
    const table = readCsv(csv);
    const row = table[1] ?? [];
    const cell = (header: string) => row[columnIndex(table, header)];
    expect(cell('Title')).toBe(`'${hostile.title.en}`);
    expect(cell('From')).toBe(`''=already quoted`);
    expect(cell('Description')).toBe(`'@SUM(A1:A9)`);
    expect(row.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    const result = importMsel(csv, edited);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.injects).toStrictEqual(edited.injects);
  });

  it('also reads the export with a byte order mark', () => {
    const cards = importedCards(exportMsel(firstScenario(), { bom: true }));
    expect(cards).toStrictEqual(firstScenario().injects);
  });

  it('orders the cards by "MSEL #", not by row, and reports the rows', () => {
    const csv = editedExport((table) => {
      const [header, ...rows] = table;
      table.splice(0, table.length, header ?? [], ...rows.reverse());
    });
    const result = importMsel(csv, firstScenario());
    expect(result.ok && result.injects).toStrictEqual(firstScenario().injects);
    expect(result.ok && result.rows.slice(0, 2)).toEqual([42, 41]);
  });
});

describe('a CSV edited the way spreadsheets write it', () => {
  it('still imports with CRLF records, every cell quoted, a BOM, and CRLF inside cells', () => {
    const table = readCsv(exportMsel(firstScenario()));
    const quoted = table
      .map((row) =>
        row.map((cell) => `"${cell.replace(/"/g, '""').replace(/\n/g, '\r\n')}"`).join(','),
      )
      .join('\r\n');
    expect(quoted).toContain('\r\nMexico City: What gesture');
    expect(importedCards(`\uFEFF${quoted}\r\n`)).toStrictEqual(firstScenario().injects);
  });

  it('still imports with LF records, blank rows, trailing empty columns and a column of notes', () => {
    const table = readCsv(exportMsel(firstScenario()));
    const widened = table.map((row, index) => [
      index === 0 ? 'Controller notes' : `note ${index}, with a comma`,
      ...row,
      '',
      '',
    ]);
    widened.splice(5, 0, widened[0]?.map(() => '') ?? []);
    const text = widened
      .map((row) =>
        row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','),
      )
      .join('\n');
    const result = importMsel(`${text}\n\n`, firstScenario());
    expect(result.ok && result.injects).toStrictEqual(firstScenario().injects);
    expect(result.ok && result.ignoredColumns).toEqual(['Controller notes']);
  });

  it('finds columns by header, in any order and any case', () => {
    const table = readCsv(exportMsel(firstScenario()));
    const order = table[0]?.map((_, index) => index).reverse() ?? [];
    const shuffled = table.map((row, r) =>
      order.map((index) => (r === 0 ? (row[index] ?? '').toUpperCase() : (row[index] ?? ''))),
    );
    expect(importedCards(writeCsv(shuffled))).toStrictEqual(firstScenario().injects);
  });

  it('takes in edits: quoted commas and quotes, a line break in a description, team names in any case', () => {
    const csv = editedExport((table) => {
      setCell(table, 'tariff-shock', 'Title', 'Tariffs, again: the "shock" returns');
      setCell(table, 'tariff-shock', 'Description', 'First paragraph, with commas.\nSecond line.');
      setCell(table, 'tariff-shock', 'To', 'mexico city; WASHINGTON');
      setCell(table, 'tariff-shock', 'Kind', 'intelligence-brief');
      setCell(table, 'tariff-shock', 'Effects', 'trade-integration -2; escalation = 3');
      setCell(table, 'overdose-figures', 'Move', '');
    });
    expect(csv).toContain('"Tariffs, again: the ""shock"" returns"');
    const cards = importedCards(csv);
    const card = cards.find((inject) => inject.id === 'tariff-shock');
    expect(cards.find((inject) => inject.id === 'overdose-figures')?.release).toEqual({
      type: 'manual',
    });
    expect(card?.title.en).toBe('Tariffs, again: the "shock" returns');
    expect(card?.body.en).toBe('First paragraph, with commas.\nSecond line.');
    expect(card?.audience).toEqual(['mexico-city', 'washington']);
    expect(card?.kind).toBe('intelligence-brief');
    expect(card?.effects).toEqual([
      { track: 'trade-integration', delta: -2 },
      { track: 'escalation', set: 3 },
    ]);
  });

  it('reschedules a card when its Move and Delivery change, and keeps multi-line questions', () => {
    const csv = editedExport((table) => {
      setCell(table, 'visas-revoked', 'Move', '3');
      setCell(table, 'overdose-figures', 'Delivery', 'triggered');
      setCell(table, 'overdose-figures', 'Move', '2');
      setCell(table, 'overdose-figures', 'Trigger condition', '{"type":"move","atLeast":3}');
      setCell(
        table,
        'overdose-figures',
        'Questions',
        'All teams: Who is counting?\nAnd who decides what the count means?\nThe Cartels: Does it matter to you?',
      );
      table.forEach((row, index) => {
        if (index > 0) row[columnIndex(table, 'Questions (es)')] = '';
      });
    });
    const result = importMsel(csv, firstScenario());
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const visas = result.injects.find((inject) => inject.id === 'visas-revoked');
    const overdose = result.injects.find((inject) => inject.id === 'overdose-figures');
    expect(visas?.release).toEqual({ type: 'scheduled', move: 3 });
    expect(overdose?.release).toEqual({
      type: 'triggered',
      fromMove: 2,
      when: { type: 'move', atLeast: 3 },
    });
    expect(overdose?.questions).toEqual([
      { team: 'all', text: { en: 'Who is counting?\nAnd who decides what the count means?' } },
      { team: 'cartels', text: { en: 'Does it matter to you?' } },
    ]);
  });
});
