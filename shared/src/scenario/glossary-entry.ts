import { z } from 'zod';
import { Id, LocalizedText } from './primitives';

/**
 * How an entry is found in card text: the forms to look for, per language
 * (an acronym, its expansion, a plural). A form is matched as a whole word;
 * one written with a capital letter is matched as written, one in lower case
 * in any case.
 */
export const GlossaryMatch = z.strictObject({
  en: z.array(z.string().trim().min(2)).min(1, 'expected at least one English form'),
  es: z.array(z.string().trim().min(2)).default([]),
});
export type GlossaryMatch = z.infer<typeof GlossaryMatch>;

/** One term of the scenario a student may not know: what it stands for, and what it is. */
export const GlossaryEntry = z.strictObject({
  id: Id,
  /** The short form a card uses: "FTO", "SEMAR", "material support". */
  term: LocalizedText,
  /** What the short form stands for: "Foreign terrorist organisation". */
  expansion: LocalizedText,
  /** One or two sentences, in the scenario's own words. */
  explanation: LocalizedText,
  match: GlossaryMatch,
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
