import { LANGUAGES } from '@borderline/shared';
import type { Language, LocalizedText, Scenario } from '@borderline/shared';
import type { Path, Problem } from './problem';

export interface TranslationCoverage {
  language: Language;
  translated: number;
  total: number;
}

/**
 * For every declared language besides English, what players must read to play
 * (team briefings, inject titles, bodies and questions, the translation of each
 * excerpt, what each card takes from a further source, and the bands of the
 * tracks' gauges) has to be translated.
 */
export function checkTranslations(scenario: Scenario): Problem[] {
  const required = requiredTexts(scenario);
  return otherLanguages(scenario).flatMap((language) =>
    required
      .filter(({ text }) => text[language] === undefined)
      .map(({ path }) => ({
        path,
        message: `missing its "${language}" translation ("${language}" is one of the scenario's languages, and players must read this text)`,
      })),
  );
}

/** Elsewhere a missing translation is only counted, per declared language besides English. */
export function translationCoverage(scenario: Scenario): TranslationCoverage[] {
  const texts = allLocalizedTexts(scenario);
  return otherLanguages(scenario).map((language) => ({
    language,
    translated: texts.filter((text) => text[language] !== undefined).length,
    total: texts.length,
  }));
}

function otherLanguages(scenario: Scenario): Language[] {
  return [...new Set(scenario.languages)].filter((language) => language !== 'en');
}

function requiredTexts(scenario: Scenario): { path: Path; text: LocalizedText }[] {
  return [
    // A band names what the gauge shows: read beside the value.
    ...scenario.tracks.flatMap((track, t) =>
      (track.bands ?? []).map((band, b) => ({
        path: ['tracks', t, 'bands', b, 'label'],
        text: band.label,
      })),
    ),
    ...scenario.teams.flatMap((team, t) => [
      { path: ['teams', t, 'publicBriefing'], text: team.publicBriefing },
      { path: ['teams', t, 'secretBriefing'], text: team.secretBriefing },
    ]),
    ...scenario.injects.flatMap((inject, i) => [
      { path: ['injects', i, 'title'], text: inject.title },
      { path: ['injects', i, 'body'], text: inject.body },
      // The excerpt stays in English; players read it beside its translation.
      {
        path: ['injects', i, 'source', 'translation'],
        text: { ...inject.source.translation, en: inject.source.excerpt },
      },
      ...inject.alsoCites.map((cited, c) => ({
        path: ['injects', i, 'alsoCites', c, 'finding'],
        text: cited.finding,
      })),
      ...inject.questions.map((question, q) => ({
        path: ['injects', i, 'questions', q, 'text'],
        text: question.text,
      })),
    ]),
  ];
}

/** Every player-facing text, found by its shape: a mapping with "en" and only language keys. */
function allLocalizedTexts(value: unknown): LocalizedText[] {
  if (Array.isArray(value)) return value.flatMap(allLocalizedTexts);
  if (value === null || typeof value !== 'object') return [];
  if (isLocalizedText(value)) return [value];
  return Object.values(value).flatMap(allLocalizedTexts);
}

function isLocalizedText(value: object): value is LocalizedText {
  const keys = Object.keys(value);
  const languages: readonly string[] = LANGUAGES;
  return keys.includes('en') && keys.every((key) => languages.includes(key));
}
