import { useTranslation } from 'react-i18next';
import type { DecisionDraft } from '@borderline/shared';
import { useLanguage } from '../../../i18n/use-language';
import type { Names } from '../../../exercise/view-names';

/** A team's half-written decision as its players see it now (or that it has none this move). */
export function DraftSummary({
  team,
  draft,
  move,
  names,
  testId,
}: {
  team: string;
  draft: DecisionDraft | null;
  move: number;
  names: Names;
  testId: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const current = draft !== null && draft.move === move ? draft : null;
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
  return (
    <div className="control-draft" data-testid={testId} data-team={team}>
      <h4>{t('control.teams.draft')}</h4>
      {current === null ? (
        <p className="control-hint">{t('control.teams.noDraft')}</p>
      ) : (
        <dl className="control-facts">
          <dt>{t('control.teams.kind')}</dt>
          <dd>{t(`control.decisionKind.${current.draft.kind}`)}</dd>
          {current.draft.cards !== undefined && current.draft.cards.length > 0 && (
            <>
              <dt>{t('control.teams.cards')}</dt>
              <dd>{current.draft.cards.map(names.card).join(', ')}</dd>
            </>
          )}
          {current.draft.description !== undefined && current.draft.description !== '' && (
            <>
              <dt>{t('control.teams.description')}</dt>
              <dd>{current.draft.description}</dd>
            </>
          )}
          {current.draft.reasons !== undefined && current.draft.reasons.length > 0 && (
            <>
              <dt>{t('control.teams.reasons')}</dt>
              <dd>{current.draft.reasons.join(' · ')}</dd>
            </>
          )}
          {current.draft.visibility !== undefined && (
            <>
              <dt>{t('control.teams.visibilityLabel')}</dt>
              <dd>{t(`control.visibility.${current.draft.visibility}`)}</dd>
            </>
          )}
          {current.draft.rationale !== undefined && current.draft.rationale !== '' && (
            <>
              <dt>{t('control.teams.rationale')}</dt>
              <dd>{current.draft.rationale}</dd>
            </>
          )}
          {current.draft.statement !== undefined && current.draft.statement !== '' && (
            <>
              <dt>{t('control.teams.statement')}</dt>
              <dd>{current.draft.statement}</dd>
            </>
          )}
          <dt>{t('control.teams.lastEdit')}</dt>
          <dd>
            {t('control.teams.editedBy', {
              name: names.player(current.playerId),
              time: time.format(current.at),
            })}
          </dd>
        </dl>
      )}
    </div>
  );
}
