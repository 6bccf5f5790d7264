import type { AlsoCites } from '@borderline/shared';
import { invalid, parsed } from './msel-error';
import type { Parsed } from './msel-error';

/**
 * A card's further sources as a cell: one `source-id: finding` line each, in
 * English or in Spanish (`win-without-war-2025: In that exercise, …`).
 */
export function formatAlsoCites(alsoCites: readonly AlsoCites[], language: 'en' | 'es'): string {
  return alsoCites
    .map(({ source, finding }) => {
      const text = language === 'en' ? finding.en : finding.es;
      return text === undefined ? `${source}:` : `${source}: ${text}`;
    })
    .join('\n');
}

interface CitationLine {
  source: string;
  text: string;
}

const LINE = /^\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*:(.*)$/;

function parseCitationLines(cell: string): Parsed<CitationLine[]> {
  const entries: CitationLine[] = [];
  for (const [index, line] of cell.split('\n').entries()) {
    if (line.trim() === '') continue;
    const match = LINE.exec(line);
    const source = match?.[1];
    if (match !== null && source !== undefined) {
      entries.push({ source, text: (match[2] ?? '').trim() });
      continue;
    }
    const last = entries[entries.length - 1];
    if (last === undefined) {
      const shown = line.length > 40 ? `${line.slice(0, 37)}...` : line;
      return invalid(
        `line ${index + 1} "${shown.trim()}" does not start with a source id; write one "source-id: finding" line per source, the id being one of the scenario's otherSources`,
      );
    }
    last.text = `${last.text} ${line.trim()}`.trim();
  }
  return parsed(entries);
}

/** The English and Spanish cells as `alsoCites`; the Spanish lines, when given, name the same sources in the same order. */
export function parseAlsoCites(
  enCell: string,
  esCell: string,
): { ok: true; value: AlsoCites[] } | { ok: false; message: string; spanish: boolean } {
  const en = parseCitationLines(enCell);
  if (!en.ok) return { ...en, spanish: false };
  const es = parseCitationLines(esCell);
  if (!es.ok) return { ...es, spanish: true };
  if (es.value.length > 0) {
    const mismatch =
      es.value.length !== en.value.length
        ? `has ${es.value.length} entries but the English column has ${en.value.length}`
        : es.value.findIndex((entry, i) => entry.source !== en.value[i]?.source) >= 0
          ? 'names its sources in a different order from the English column'
          : undefined;
    if (mismatch !== undefined) {
      return {
        ok: false,
        spanish: true,
        message: `${mismatch}; write one "source-id: hallazgo" line per English entry, in the same order`,
      };
    }
  }
  const value = en.value.map((entry, i): AlsoCites => {
    const spanish = es.value[i]?.text;
    const finding =
      spanish === undefined || spanish === ''
        ? { en: entry.text }
        : { en: entry.text, es: spanish };
    return { source: entry.source, finding };
  });
  return { ok: true, value };
}
