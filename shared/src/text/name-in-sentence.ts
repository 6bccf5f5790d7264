import type { Language } from '../scenario/primitives';

/** English names whose article belongs to the name itself, as style guides keep it. */
const ENGLISH_ARTICLE_KEPT: readonly string[] = ['The Hague'];

const SPANISH_ARTICLE = /^(El|La|Los|Las) (\S)/u;

/**
 * A name as it reads inside a sentence, after a verb or a preposition: the
 * leading article of a common-noun name is lower-cased ("The Cartels" → "the
 * Cartels", "Los cárteles" → "los cárteles", "El abogado de la organización"
 * → "el abogado de la organización"), while a proper noun keeps its capital
 * ("Washington", "Ciudad de México", "UIF", "El Salvador", "La Haya": in
 * Spanish a capital after the article says the article is part of the name).
 * Only the article changes; the rest of the name is never touched.
 */
export function nameInSentence(name: string, language: Language): string {
  if (language === 'en') {
    if (!name.startsWith('The ')) return name;
    if (ENGLISH_ARTICLE_KEPT.some((kept) => name.startsWith(kept))) return name;
    return `t${name.slice(1)}`;
  }
  const match = SPANISH_ARTICLE.exec(name);
  if (match === null) return name;
  const next = match[2] ?? '';
  if (next !== next.toLowerCase()) return name;
  return `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}

/**
 * Spanish contracts "de el" and "a el" into "del" and "al" when the article is
 * a common noun's ("del abogado"); a proper noun's capital article is kept
 * apart ("de El Salvador"), as the RAE asks. English text is returned as it is.
 */
export function contractArticles(text: string, language: Language): string {
  if (language !== 'es') return text;
  return text
    .replace(/(?<![\p{L}\p{N}])([Dd])e el(?![\p{L}\p{N}])/gu, '$1el')
    .replace(/(?<![\p{L}\p{N}])([Aa]) el(?![\p{L}\p{N}])/gu, '$1l');
}

/** A preposition and a name, joined as a sentence needs: "de los cárteles", "del abogado", "of the Cartels". */
export function afterPreposition(preposition: string, name: string, language: Language): string {
  return contractArticles(`${preposition} ${nameInSentence(name, language)}`, language);
}

/** Names listed inside a sentence ("solo para Washington, los cárteles"): each as nameInSentence has it. */
export function namesInSentence(names: readonly string[], language: Language): string[] {
  return names.map((name) => nameInSentence(name, language));
}
