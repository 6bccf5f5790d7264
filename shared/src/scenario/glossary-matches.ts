import type { GlossaryEntry } from './glossary-entry';
import type { Language } from './primitives';

/** A piece of text: plain, or a glossary term as written in the text. */
export type GlossarySegment =
  { kind: 'text'; text: string } | { kind: 'term'; text: string; entry: string };

/** Letters of both languages, so that "FGR" is not found inside "FGRs" nor "UIF" in "UIFé". */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function escape(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Form {
  form: string;
  entry: string;
  caseSensitive: boolean;
}

function formsOf(glossary: readonly GlossaryEntry[], language: Language): Form[] {
  const forms = glossary.flatMap((entry) => {
    const written = language === 'en' ? entry.match.en : [...entry.match.es, ...entry.match.en];
    return written.map((form) => ({
      form,
      entry: entry.id,
      caseSensitive: form !== form.toLowerCase(),
    }));
  });
  // The longest form first, so that "foreign terrorist organisations" wins over "terrorist".
  return forms.sort((a, b) => b.form.length - a.form.length);
}

interface Hit {
  start: number;
  end: number;
  entry: string;
}

function hitsOf(text: string, forms: readonly Form[]): Hit[] {
  const hits: Hit[] = [];
  const taken = new Array<boolean>(text.length).fill(false);
  for (const { form, entry, caseSensitive } of forms) {
    const pattern = new RegExp(escape(form), caseSensitive ? 'gu' : 'giu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const before = text[start - 1];
      const after = text[end];
      if (before !== undefined && WORD_CHAR.test(before)) continue;
      if (after !== undefined && WORD_CHAR.test(after)) continue;
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      hits.push({ start, end, entry });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The text cut into plain pieces and the glossary's terms, each term marked
 * at its first appearance only (a card that says "SEMAR" four times needs one
 * explanation, not four).
 */
export function glossarySegments(
  text: string,
  glossary: readonly GlossaryEntry[],
  language: Language,
  alreadyMarked: Set<string> = new Set(),
): GlossarySegment[] {
  if (glossary.length === 0) return [{ kind: 'text', text }];
  const segments: GlossarySegment[] = [];
  let cursor = 0;
  for (const hit of hitsOf(text, formsOf(glossary, language))) {
    if (alreadyMarked.has(hit.entry)) continue;
    alreadyMarked.add(hit.entry);
    if (hit.start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, hit.start) });
    segments.push({ kind: 'term', text: text.slice(hit.start, hit.end), entry: hit.entry });
    cursor = hit.end;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  return segments;
}

/** The ids of the entries a text uses, in the order they appear. */
export function glossaryTermsIn(
  text: string,
  glossary: readonly GlossaryEntry[],
  language: Language,
): string[] {
  return glossarySegments(text, glossary, language).flatMap((segment) =>
    segment.kind === 'term' ? [segment.entry] : [],
  );
}
