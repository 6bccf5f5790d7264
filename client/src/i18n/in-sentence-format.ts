import type { i18n, PostProcessorModule } from 'i18next';
import { contractArticles, Language, nameInSentence } from '@borderline/shared';

/**
 * `{{team, inSentence}}`: a name placed inside a sentence, its leading
 * article lower-cased ("Es el turno de los cárteles", "It is the Cartels’
 * turn"); at the start of a string or after a label's colon a template
 * writes the name as it is. See nameInSentence in shared/src/text.
 */
export const IN_SENTENCE = 'inSentence';

/** "de el abogado" → "del abogado", once a name's article was lower-cased into a Spanish sentence. */
export const contractionsPostProcessor: PostProcessorModule = {
  type: 'postProcessor',
  name: 'contractions',
  process: (value, _key, options, translator: { language?: string }) => {
    const language = Language.safeParse(options.lng ?? translator.language);
    return language.success ? contractArticles(value, language.data) : value;
  },
};

/** Registers the `inSentence` format on an initialised i18next instance. */
export function addInSentenceFormat(instance: i18n): void {
  instance.services.formatter?.add(IN_SENTENCE, (value: unknown, lng: string | undefined) => {
    const text = String(value);
    const language = Language.safeParse(lng);
    return language.success ? nameInSentence(text, language.data) : text;
  });
}
