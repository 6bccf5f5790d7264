import type { InjectSource, Scenario } from '@borderline/shared';
import type { Path } from './problem';

/** A knowledge-check question's citation of the article, with where it stands. */
export interface CitedSource {
  path: Path;
  source: InjectSource;
}

/** The article citations of the knowledge check's questions (checked like the cards'). */
export function knowledgeCheckSources(scenario: Scenario): CitedSource[] {
  return (scenario.knowledgeCheck?.questions ?? []).map((question, q) => ({
    path: ['knowledgeCheck', 'questions', q, 'source'],
    source: question.source,
  }));
}

/** The knowledge check's English texts, each with its question's own excerpt. */
export function knowledgeCheckTexts(
  scenario: Scenario,
): { path: Path; text: string; excerpt: string }[] {
  return (scenario.knowledgeCheck?.questions ?? []).flatMap((question, q) => {
    const at = (...rest: Path): Path => ['knowledgeCheck', 'questions', q, ...rest];
    const { excerpt } = question.source;
    return [
      { path: at('prompt'), text: question.prompt.en, excerpt },
      ...question.options.map((option, o) => ({
        path: at('options', o, 'text'),
        text: option.text.en,
        excerpt,
      })),
      { path: at('explanation'), text: question.explanation.en, excerpt },
    ];
  });
}
