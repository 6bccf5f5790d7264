import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import type { ReflectionField } from './reflection-draft';

/**
 * A reflection question's label: the scenario's own wording when it has
 * one, with the learning objective the answer serves beneath it (so the
 * student writes towards what the session teaches); the generic question
 * otherwise.
 */
export function ReflectionPromptLabel({
  view,
  field,
}: {
  view: ExerciseView;
  field: ReflectionField;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const prompt = view.scenario.reflectionPrompts.find((candidate) => candidate.question === field);
  const objectives = view.scenario.learningObjectives;
  const index = objectives.findIndex((objective) => objective.id === prompt?.objective);
  const objective = objectives[index];
  return (
    <>
      <label htmlFor={`reflection-${field}`}>
        {prompt === undefined
          ? t(`hotwash.reflection.fields.${field}`)
          : localize(prompt.text, language)}
      </label>
      {objective !== undefined && (
        <p
          className="reflection-objective"
          id={`reflection-${field}-objective`}
          data-objective={objective.id}
        >
          <span className="tag">{t('hotwash.reflection.objective', { number: index + 1 })}</span>{' '}
          {localize(objective.text, language)}
        </p>
      )}
    </>
  );
}
