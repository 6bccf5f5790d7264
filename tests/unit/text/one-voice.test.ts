import i18next, { type i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY, type Language } from '@borderline/shared';
import { resources } from '../../../client/src/i18n/resources';
import {
  addInSentenceFormat,
  contractionsPostProcessor,
} from '../../../client/src/i18n/in-sentence-format';
import { leaves, reportTexts, scenarioTexts, uiTexts, valueFor, type Text } from './ui-texts';

/**
 * Spanish is one voice, and English too: one term per concept (the glossary
 * in shared/src/text), one register (a team is "ustedes", a person "usted"),
 * plurals by i18next rather than "(s)", and names that read as part of the
 * sentence they are joined into.
 */

/** A whole word or phrase; any case unless it holds a capital (then exactly as written). */
const word = (phrase: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    phrase === phrase.toLowerCase() ? 'iu' : 'u',
  );

/** Where a glossary's wrong variant is another word that looks the same: where → the variant allowed there. */
const GLOSSARY_ALLOWED: Record<string, readonly string[]> = {
  // "Rondas jugadas": the participle of "jugar", not a move.
  'ui report.overview.moves': ['jugadas'],
  'report.overview.moves': ['jugadas'],
};

/** Every text found by `rule`, as "where: text" lines, so a failure names them all. */
function offending(texts: Text[], rule: (text: Text) => string | null): string[] {
  return texts.flatMap((text) => {
    const found = rule(text);
    return found === null ? [] : [`${text.where} [${text.language}] ${found}: ${text.text}`];
  });
}

const SAMPLE_NAME: Record<Language, string> = { en: 'The Cartels', es: 'Los cárteles' };
let all: Text[] | null = null;
/** Every text once: loading the scenarios is the slow part. */
const allTexts = (): Text[] =>
  (all ??= [...uiTexts(), ...scenarioTexts(), ...reportTexts((l) => SAMPLE_NAME[l])]);

describe('the glossary', () => {
  it('gives every concept a term in each language, a reason, and no wrong variant equal to its term', () => {
    for (const term of GLOSSARY) {
      expect(term.why.length).toBeGreaterThan(20);
      expect(term.wrong.en).not.toContain(term.en);
      expect(term.wrong.es).not.toContain(term.es);
    }
  });

  it('is followed by every UI string, scenario text and report word', () => {
    const problems = offending(allTexts(), ({ where, language, text }) => {
      for (const term of GLOSSARY) {
        // A placeholder's name ("{{hotwash}}") is not a word the reader sees.
        const shown = text.replace(/{{[^}]*}}/g, '…');
        const variant = term.wrong[language].find(
          (wrong) => word(wrong).test(shown) && !(GLOSSARY_ALLOWED[where] ?? []).includes(wrong),
        );
        if (variant !== undefined)
          return `"${variant}" for ${term.concept.split(':')[0]} (say "${term[language]}")`;
      }
      return null;
    });
    expect(problems).toEqual([]);
  });
});

describe('plurals', () => {
  it('are i18next plural keys, never "(s)" or "(es)"', () => {
    const problems = offending(allTexts(), ({ text }) =>
      /[\p{L}]\((s|es|as|os|a|o)\)/u.test(text) ? 'a plural in brackets' : null,
    );
    expect(problems).toEqual([]);
  });

  it('pair every _one with an _other, in both languages, and Spanish with _many', () => {
    const texts = uiTexts();
    const keysIn = (language: Language) =>
      new Set(texts.filter((text) => text.language === language).map((text) => text.where));
    const keys = { en: keysIn('en'), es: keysIn('es') };
    const missing = texts
      .filter((text) => text.where.endsWith('_one'))
      .flatMap(({ where, language }) => {
        const base = where.slice(0, -'_one'.length);
        const wanted = language === 'es' ? [`${base}_other`, `${base}_many`] : [`${base}_other`];
        return wanted
          .filter((key) => !keys[language].has(key))
          .map((key) => `${key} [${language}]`);
      });
    expect(missing).toEqual([]);
  });
});

/**
 * Forms that address the reader as "tú". Spanish here says "usted" to a
 * person and "ustedes" to a team.
 */
const TU_WORDS = [
  'tú',
  'tu',
  'tus',
  'te',
  'ti',
  'contigo',
  'puedes',
  'tienes',
  'quieres',
  'debes',
  'estás',
  'eres',
  'has',
  'sabes',
  'haces',
  'vas',
  'piensas',
  'llevas',
  'recordarás',
  'harías',
  'mejorarías',
  'escribas',
  'envíes',
  'quieras',
  'enviaste',
  'recibiste',
  'cambiaste',
  'escribiste',
  'reanúdalo',
  'envíala',
  'únete',
  'pídele',
  'cópialo',
  'ábrelo',
];

/**
 * Imperatives of "tú" that are also a third person ("Un equipo espera"): wrong
 * only where they open a sentence, as an order to the reader.
 */
const TU_IMPERATIVES = [
  'revisa',
  'vuelve',
  'abre',
  'guía',
  'cierra',
  'escribe',
  'responde',
  'pide',
  'entra',
  'crea',
  'recorre',
  'elige',
  'mira',
  'lee',
  'espera',
  'intenta',
  'comparte',
  'copia',
  'envía',
];

/** Where an imperative-looking word opening a sentence is a third person: key → the words allowed there. */
const THIRD_PERSON_ALLOWED: Record<string, readonly string[]> = {
  // "espera": a team waits for its turn.
  'ui control.teams.turn.waiting': ['espera'],
  'ui team.turns.waiting': ['espera'],
};

describe('the Spanish register', () => {
  const spanish = () => allTexts().filter((text) => text.language === 'es');

  it('never says "tú" to the reader', () => {
    const problems = offending(spanish(), ({ text }) => {
      const found = TU_WORDS.find((tu) => word(tu).test(text));
      return found === undefined ? null : `"${found}"`;
    });
    expect(problems).toEqual([]);
  });

  it('gives no "tú" order at the start of a sentence', () => {
    const problems = offending(spanish(), ({ where, text }) => {
      const found = TU_IMPERATIVES.find(
        (verb) =>
          !(THIRD_PERSON_ALLOWED[where] ?? []).includes(verb) &&
          new RegExp(`(^|[.:;¿¡(…]\\s*|▶\\s*)${verb}(?![\\p{L}])`, 'iu').test(text),
      );
      return found === undefined ? null : `"${found}" as an order`;
    });
    expect(problems).toEqual([]);
  });
});

describe('names joined into a sentence', () => {
  let instance: i18n;
  beforeAll(async () => {
    instance = i18next.createInstance();
    await instance.use(contractionsPostProcessor).init({
      resources,
      lng: 'es',
      fallbackLng: false,
      interpolation: { escapeValue: false },
      postProcess: ['contractions'],
    });
    addInSentenceFormat(instance);
  });

  /** Names and sentences a template may receive, as the scenario writes them: capital first. */
  const SAMPLES: Record<Language, string[]> = {
    en: ['The Cartels', 'The deeper the integration'],
    es: ['Los cárteles', 'El abogado de la organización', 'La inteligencia reunida'],
  };

  /** A sample is at home after the start, a label's colon, an opening quote or bracket, or a full stop. */
  const midSentence = (text: string, sample: string) => {
    const at = [...text.matchAll(new RegExp(sample.replace(/[()]/g, '\\$&'), 'gu'))].map(
      (m) => m.index,
    );
    return at.some((index) => index > 0 && !/(^|[:.«“"(?!]\s*|—\s*)$/u.test(text.slice(0, index)));
  };

  /** Placeholders named like a joined text that hold a number in these strings: key prefix → name. */
  const NUMBERS: [string, string][] = [['start.create.totalHow', 'teams']];
  const isNumber = (key: string, text: string, name: string) =>
    NUMBERS.some(([prefix, number]) => key.startsWith(prefix) && number === name) ||
    text.includes(`{{${name}}} →`);

  const filled = (language: Language, sample: string) =>
    leaves(resources[language].translation).map(({ key, text }) => {
      const names = [...text.matchAll(/{{\s*([\w.]+)/g)].map((m) => m[1] ?? '');
      const count = key.endsWith('_one') ? 1 : key.endsWith('_many') ? 1_000_000 : 2;
      const values = Object.fromEntries(
        names.map((name) => [name, isNumber(key, text, name) ? 2 : valueFor(name, sample)]),
      );
      // Every key of the page, so typed as no single one of them.
      const translate = instance.t as unknown as (key: string, options: object) => string;
      return { key, text: translate(key, { ...values, lng: language, count }) };
    });

  it('lower-case their article, or sit where a capital belongs, in every UI string', () => {
    const problems = (['en', 'es'] as const).flatMap((language) =>
      SAMPLES[language].flatMap((sample) =>
        filled(language, sample)
          .filter(({ text }) => midSentence(text, sample))
          .map(({ key, text }) => `${key} [${language}]: ${text}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('contract "de el" and "a el" in Spanish', () => {
    const problems = filled('es', 'El abogado de la organización')
      .filter(({ text }) => /(?<![\p{L}])(de|a) el(?![\p{L}])/iu.test(text))
      .map(({ key, text }) => `${key}: ${text}`);
    expect(problems).toEqual([]);
  });

  it('are joined the same way in the report’s words', () => {
    const problems = (['en', 'es'] as const).flatMap((language) =>
      SAMPLES[language].flatMap((sample) =>
        reportTexts((l) => (l === language ? sample : SAMPLE_NAME[l]))
          .filter((text) => text.language === language && midSentence(text.text, sample))
          .map(({ where, text }) => `${where} [${language}]: ${text}`),
      ),
    );
    expect(problems).toEqual([]);
  });
});
