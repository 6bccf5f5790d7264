import {
  KNOWLEDGE_CHECK_MAX_QUESTIONS,
  KNOWLEDGE_CHECK_MIN_QUESTIONS,
  scenarioFormats,
  type Language,
  type LocalizedText,
  type Scenario,
} from '@borderline/shared';
import type { Path, Problem } from './problem';

const ROOT = 'knowledgeCheck';

/**
 * The knowledge check, when the scenario has one: each format asks five to
 * eight known questions, none twice, and no unknown format has a list; each
 * question serves a real learning objective and has exactly one correct
 * option (two options, for a true/false one), with distinct ids; and every
 * text a player reads (prompt, options, explanation, the excerpt's
 * translation) stands in each of the scenario's languages.
 */
export function checkKnowledgeCheck(scenario: Scenario): Problem[] {
  const check = scenario.knowledgeCheck;
  if (check === undefined) return [];
  const problems: Problem[] = [];
  const objectives = new Set(scenario.learningObjectives.map((objective) => objective.id));
  const questions = new Set<string>();
  check.questions.forEach((question, q) => {
    const at = (...rest: Path): Path => [ROOT, 'questions', q, ...rest];
    if (questions.has(question.id)) {
      problems.push({ path: at('id'), message: `question "${question.id}" is defined twice` });
    }
    questions.add(question.id);
    if (!objectives.has(question.objective)) {
      problems.push({
        path: at('objective'),
        message: `"${question.objective}" is not one of the scenario's learning objectives`,
      });
    }
    const correct = question.options.filter((option) => option.correct).length;
    if (correct !== 1) {
      problems.push({
        path: at('options'),
        message: `expected exactly one correct option, found ${correct}`,
      });
    }
    if (question.kind === 'true-false' && question.options.length !== 2) {
      problems.push({
        path: at('options'),
        message: `a true/false question has 2 options, found ${question.options.length}`,
      });
    }
    if (question.kind === 'multiple-choice' && question.options.length < 3) {
      problems.push({
        path: at('options'),
        message: `a multiple-choice question has at least 3 options, found ${question.options.length}`,
      });
    }
    const optionIds = new Set<string>();
    question.options.forEach((option, o) => {
      if (optionIds.has(option.id)) {
        problems.push({
          path: at('options', o, 'id'),
          message: `option "${option.id}" is used twice in this question`,
        });
      }
      optionIds.add(option.id);
    });
  });
  problems.push(...checkFormatLists(scenario, questions), ...checkLanguages(scenario));
  return problems;
}

function checkFormatLists(scenario: Scenario, questions: ReadonlySet<string>): Problem[] {
  const check = scenario.knowledgeCheck;
  if (check === undefined) return [];
  const problems: Problem[] = [];
  const formats = scenarioFormats(scenario).map((format) => format.id);
  for (const format of formats) {
    const asked = check.formats[format];
    if (asked === undefined) {
      problems.push({
        path: [ROOT, 'formats'],
        message: `format "${format}" asks no questions (expected ${KNOWLEDGE_CHECK_MIN_QUESTIONS} to ${KNOWLEDGE_CHECK_MAX_QUESTIONS})`,
      });
      continue;
    }
    const distinct = new Set(asked);
    if (
      distinct.size < KNOWLEDGE_CHECK_MIN_QUESTIONS ||
      distinct.size > KNOWLEDGE_CHECK_MAX_QUESTIONS
    ) {
      problems.push({
        path: [ROOT, 'formats', format],
        message: `format "${format}" asks ${distinct.size} questions (expected ${KNOWLEDGE_CHECK_MIN_QUESTIONS} to ${KNOWLEDGE_CHECK_MAX_QUESTIONS})`,
      });
    }
    const seen = new Set<string>();
    asked.forEach((id, i) => {
      if (!questions.has(id)) {
        problems.push({
          path: [ROOT, 'formats', format, i],
          message: `there is no question "${id}"`,
        });
      } else if (seen.has(id)) {
        problems.push({ path: [ROOT, 'formats', format, i], message: `"${id}" is asked twice` });
      }
      seen.add(id);
    });
  }
  for (const format of Object.keys(check.formats)) {
    if (!formats.includes(format)) {
      problems.push({
        path: [ROOT, 'formats', format],
        message: `"${format}" is not one of the scenario's formats`,
      });
    }
  }
  return problems;
}

function checkLanguages(scenario: Scenario): Problem[] {
  const check = scenario.knowledgeCheck;
  if (check === undefined) return [];
  const languages = [...new Set(scenario.languages)].filter(
    (language): language is Exclude<Language, 'en'> => language !== 'en',
  );
  const texts: { path: Path; text: LocalizedText }[] = check.questions.flatMap((question, q) => [
    { path: [ROOT, 'questions', q, 'prompt'], text: question.prompt },
    ...question.options.map((option, o) => ({
      path: [ROOT, 'questions', q, 'options', o, 'text'],
      text: option.text,
    })),
    { path: [ROOT, 'questions', q, 'explanation'], text: question.explanation },
    {
      path: [ROOT, 'questions', q, 'source', 'translation'],
      text: { ...question.source.translation, en: question.source.excerpt },
    },
  ]);
  return languages.flatMap((language) =>
    texts
      .filter(({ text }) => text[language] === undefined)
      .map(({ path }) => ({
        path,
        message: `missing its "${language}" translation (players read the knowledge check in every language of the scenario)`,
      })),
  );
}
