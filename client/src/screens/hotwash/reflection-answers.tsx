import { useTranslation } from 'react-i18next';
import type { ReflectionAnswers } from '@borderline/shared';
import { REFLECTION_FIELDS } from './reflection-draft';

/** A submitted reflection's answers under their questions; unanswered questions are left out. */
export function ReflectionAnswersList({ answers }: { answers: ReflectionAnswers }) {
  const { t } = useTranslation();
  const answered = REFLECTION_FIELDS.filter((field) => (answers[field] ?? '').trim() !== '');
  return (
    <dl className="debrief-answers">
      {answered.map((field) => (
        <div key={field} data-field={field}>
          <dt>{t(`hotwash.reflection.short.${field}`)}</dt>
          <dd>{answers[field]}</dd>
        </div>
      ))}
    </dl>
  );
}
