import { useTranslation } from 'react-i18next';
import type { ExerciseView, LocalizedText } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';

/** The discussion questions of the released injects that serve one learning objective. */
function questionsFor(view: ExerciseView, objective: string): LocalizedText[] {
  const seen = new Set<string>();
  const questions: LocalizedText[] = [];
  for (const inject of view.injects) {
    if (!inject.objectives.includes(objective)) continue;
    for (const question of inject.questions) {
      if (seen.has(question.text.en)) continue;
      seen.add(question.text.en);
      questions.push(question.text);
    }
  }
  return questions;
}

/**
 * The scenario's learning objectives, each with the questions that tie the
 * game back to the real relationship: a general one, then those of the
 * cards the group played through.
 */
export function LearningObjectives({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ol className="debrief-objectives" data-testid="learning-objectives">
      {view.scenario.learningObjectives.map((objective) => {
        const questions = questionsFor(view, objective.id);
        return (
          <li key={objective.id} data-objective={objective.id}>
            <p>
              <span className="tag">{t(`scenario.objectiveKind.${objective.kind}`)}</span>{' '}
              {localize(objective.text, language)}
            </p>
            <ul className="debrief-prompts">
              <li>{t('hotwash.meaning.prompt')}</li>
              {questions.map((question, index) => (
                <li key={index}>{localize(question, language)}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
