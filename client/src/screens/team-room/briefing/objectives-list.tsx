import { useTranslation } from 'react-i18next';
import type { Language, ObjectiveView } from '@borderline/shared';
import { localize } from '../../../i18n/localize';

/** The team's objectives, the secret ones marked in words, with the weight each carries. */
export function ObjectivesList({
  objectives,
  language,
}: {
  objectives: ObjectiveView[];
  language: Language;
}) {
  const { t } = useTranslation();
  return (
    <div className="tr-objectives" data-testid="objectives">
      <h3>{t('team.briefing.objectives')}</h3>
      <p className="tr-hint">{t('team.briefing.objectivesHint')}</p>
      <ul>
        {objectives.map((objective) => (
          <li key={objective.id} data-visibility={objective.visibility}>
            {objective.visibility === 'secret' && (
              <span className="tr-tag tr-tag-secret">{t('team.briefing.secretTag')}</span>
            )}{' '}
            {localize(objective.text, language)}{' '}
            <span className="tr-weight">
              {t('team.briefing.weight', { count: objective.weight })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
