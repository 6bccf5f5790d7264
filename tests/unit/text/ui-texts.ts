import { loadAllScenarios } from '@borderline/scenarios';
import { LANGUAGES, scenarioFormats, type Language, type Scenario } from '@borderline/shared';
import { en } from '../../../client/src/i18n/en';
import { es } from '../../../client/src/i18n/es';
import { MARKDOWN_WORDS } from '../../../shared/src/report/markdown-words';

/** One text a reader may see, where it comes from, and its language. */
export interface Text {
  where: string;
  language: Language;
  text: string;
}

const UI: Record<Language, unknown> = { en, es };

/** Every leaf string of a nested object, with its dotted key path. */
export function leaves(value: unknown, prefix = ''): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key: prefix, text: value }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

/** The page's own words (client/src/i18n), as written (placeholders unfilled). */
export function uiTexts(): Text[] {
  return LANGUAGES.flatMap((language) =>
    leaves(UI[language]).map(({ key, text }) => ({ where: `ui ${key}`, language, text })),
  );
}

/** Every `{en, es}` text of every scenario in scenarios/, and the defaults shared adds to one. */
export function scenarioTexts(): Text[] {
  return loadAllScenarios().flatMap((scenario: Scenario) => {
    const withDefaults = {
      ...scenario,
      defaultFormats: scenarioFormats({ ...scenario, formats: [] }),
    };
    return localizedIn(withDefaults, `scenario ${scenario.id}`);
  });
}

function localizedIn(value: unknown, where: string): Text[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedIn(item, `${where}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const languages: readonly string[] = LANGUAGES;
  if (keys.includes('en') && keys.every((key) => languages.includes(key))) {
    return LANGUAGES.flatMap((language) => {
      const text = record[language];
      return typeof text === 'string' ? [{ where, language, text }] : [];
    });
  }
  return Object.entries(record).flatMap(([key, child]) => localizedIn(child, `${where}.${key}`));
}

/**
 * The placeholders and arguments that receive a name or a sentence written by
 * someone else (a team's name, an inject's sender, a reason, a narrative, a
 * dilemma's option): what a joining must fit into its sentence. Every other
 * placeholder receives a number or a label here.
 */
export const JOINED = [
  'team',
  'teams',
  'current',
  'owner',
  'from',
  'audience',
  'before',
  'who',
  'reason',
  'text',
  'option',
  'description',
];

/** The value a placeholder or an argument named `name` receives: `sample` if it is joined text, else 2. */
export const valueFor = (name: string, sample: string): string | number =>
  JOINED.includes(name) ? sample : 2;

/**
 * The report's fixed words (the Markdown export's): strings as they are,
 * functions called with `sample` for every joined argument (read from the
 * function's own parameter names) and 2 for the rest.
 */
export function reportTexts(sample: (language: Language) => string): Text[] {
  return LANGUAGES.flatMap((language) =>
    called(MARKDOWN_WORDS[language], 'report', sample(language)).map(({ key, text }) => ({
      where: key,
      language,
      text,
    })),
  );
}

function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const head = /^\(?([^)=]*)\)?\s*=>/.exec(fn.toString())?.[1] ?? '';
  return head
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function called(value: unknown, prefix: string, sample: string): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key: prefix, text: value }];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const text: unknown = fn(...parameterNames(fn).map((name) => valueFor(name, sample)));
    return typeof text === 'string' ? [{ key: prefix, text }] : [];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => called(child, `${prefix}.${key}`, sample));
}
