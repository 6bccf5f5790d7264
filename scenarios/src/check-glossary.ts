import type { GlossaryEntry, Language, LocalizedText, Scenario } from '@borderline/shared';
import { glossaryTermsIn, LANGUAGES } from '@borderline/shared';
import { formatPath } from './problem';
import type { Path, Problem } from './problem';

/**
 * Acronyms everybody reads without help ("US", and Spanish "EE. UU." read as
 * two words): a glossary that explained them would bury the ones a student needs.
 */
const EVERYDAY_ACRONYMS = new Set(['US', 'USA', 'UN', 'EE', 'UU']);

/** Two capitals or more, possibly joined by a hyphen ("FGR", "JIATF-CC"). */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:-\p{Lu}{2,})*(?![\p{L}\p{N}])/gu;

/** A text a student reads on a card, where it stands. */
interface CardText {
  path: Path;
  text: LocalizedText;
}

/** Every text of the cards and briefings a glossary term may appear in. */
export function cardTexts(scenario: Scenario): CardText[] {
  const texts: CardText[] = [];
  scenario.teams.forEach((team, t) => {
    texts.push({ path: ['teams', t, 'role'], text: team.role });
    texts.push({ path: ['teams', t, 'publicBriefing'], text: team.publicBriefing });
    texts.push({ path: ['teams', t, 'secretBriefing'], text: team.secretBriefing });
  });
  scenario.actions.forEach((card, c) => {
    texts.push({ path: ['actions', c, 'name'], text: card.name });
    texts.push({ path: ['actions', c, 'description'], text: card.description });
    texts.push({ path: ['actions', c, 'onSuccess', 'text'], text: card.onSuccess.text });
    texts.push({ path: ['actions', c, 'onFailure', 'text'], text: card.onFailure.text });
  });
  scenario.injects.forEach((card, c) => {
    texts.push({ path: ['injects', c, 'title'], text: card.title });
    texts.push({ path: ['injects', c, 'from'], text: card.from });
    texts.push({ path: ['injects', c, 'body'], text: card.body });
  });
  return texts;
}

/**
 * The glossary holds together: ids and match forms are unique, and (once a
 * scenario has a glossary) every acronym its cards use is found by an entry.
 * A Spanish text is searched with the Spanish forms and the English ones (an
 * acronym is written the same in both).
 */
export function checkGlossary(scenario: Scenario): Problem[] {
  const { glossary } = scenario;
  if (glossary.length === 0) return [];
  return [...duplicates(glossary), ...unexplainedAcronyms(scenario)];
}

function duplicates(glossary: readonly GlossaryEntry[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  const forms = new Map<string, string>();
  glossary.forEach((entry, e) => {
    const first = ids.get(entry.id);
    if (first !== undefined) {
      problems.push({
        path: ['glossary', e, 'id'],
        message: `duplicate glossary id "${entry.id}" (already used by ${formatPath(['glossary', first])})`,
      });
    } else ids.set(entry.id, e);
    for (const language of ['en', 'es'] as const) {
      entry.match[language].forEach((form, f) => {
        const key = `${language}:${form.toLowerCase()}`;
        const owner = forms.get(key);
        if (owner !== undefined && owner !== entry.id) {
          problems.push({
            path: ['glossary', e, 'match', language, f],
            message: `the form "${form}" already finds the entry "${owner}": a term in the text would be explained by two entries`,
          });
        } else forms.set(key, entry.id);
      });
    }
  });
  return problems;
}

function unexplainedAcronyms(scenario: Scenario): Problem[] {
  const reported = new Set<string>();
  const problems: Problem[] = [];
  const languages = LANGUAGES.filter((language) => scenario.languages.includes(language));
  for (const { path, text } of cardTexts(scenario)) {
    for (const language of languages) {
      const written = text[language];
      if (written === undefined) continue;
      for (const acronym of acronymsIn(written, scenario.glossary, language)) {
        if (reported.has(acronym)) continue;
        reported.add(acronym);
        problems.push({
          path: [...path, language],
          message: `the cards use "${acronym}" and no glossary entry explains it: add an entry whose match forms include "${acronym}"`,
        });
      }
    }
  }
  return problems;
}

/** The acronyms of a text that no entry finds. */
function acronymsIn(
  text: string,
  glossary: readonly GlossaryEntry[],
  language: Language,
): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(ACRONYM)) {
    const acronym = match[0];
    if (EVERYDAY_ACRONYMS.has(acronym)) continue;
    if (glossaryTermsIn(acronym, glossary, language).length === 0) found.push(acronym);
  }
  return found;
}
