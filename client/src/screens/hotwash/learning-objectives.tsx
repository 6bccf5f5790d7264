import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';

/**
 * The scenario's learning objectives, numbered as the stage's questions
 * name them ("Objective 2"), each with the question that ties the game back
 * to the real relationship. The released cards' questions are the stage's
 * second tier (StageQuestions), not repeated here.
 */
export function LearningObjectives({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ol className="debrief-objectives" data-testid="learning-objectives">
      {view.scenario.learningObjectives.map((objective) => (
        <li key={objective.id} data-objective={objective.id}>
          <p>
            <span className="tag">{t(`scenario.objectiveKind.${objective.kind}`)}</span>{' '}
            {localize(objective.text, language)}
          </p>
          <ul className="debrief-prompts">
            <li>{t('hotwash.meaning.prompt')}</li>
          </ul>
        </li>
      ))}
    </ol>
  );
}
