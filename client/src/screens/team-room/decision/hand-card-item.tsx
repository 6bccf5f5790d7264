import { useTranslation } from 'react-i18next';
import type { HandCard } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import type { Names } from '../../../exercise/view-names';
import { EffectList } from '../track-words';
import { CardOdds } from './card-odds';

/** Why a card may not be ticked now; shown next to it. */
export type CardBlock = 'usedUp' | 'prerequisites' | 'maxCards' | 'maxCovert';

/**
 * One action card of the team's hand: its name (with a checkbox while the
 * team drafts its decision; read-only before), then everything needed to
 * weigh it (odds, effects either way, costs, limits, whether its conditions
 * hold now). A card that may not be played says why, next to the box.
 */
export function HandCardItem({
  card,
  used,
  checked = false,
  block = null,
  onToggle,
  names,
}: {
  card: HandCard;
  used: number;
  checked?: boolean;
  block?: CardBlock | null;
  /** Absent: the card is shown to read, without a checkbox. */
  onToggle?: (checked: boolean) => void;
  names: Names;
}) {
  const { t } = useTranslation();
  const { language } = names;
  const inputId = `card-${card.id}`;
  // A ticked card can always be unticked, even if it became unplayable meanwhile.
  const disabled = block !== null && !checked;
  return (
    <li
      className={`tr-card${checked ? ' tr-card-checked' : ''}`}
      data-card={card.id}
      data-visibility={card.visibility}
    >
      <div className="tr-card-head">
        {onToggle === undefined ? (
          <h4 className="tr-card-name">{localize(card.name, language)}</h4>
        ) : (
          <>
            <input
              type="checkbox"
              id={inputId}
              data-testid={inputId}
              checked={checked}
              disabled={disabled}
              aria-describedby={block === null ? undefined : `${inputId}-block`}
              onChange={(event) => onToggle(event.target.checked)}
            />
            <label htmlFor={inputId}>{localize(card.name, language)}</label>
          </>
        )}
        <span className={`tr-tag tr-tag-${card.visibility}`}>
          {t(`team.visibility.${card.visibility}`)}
        </span>
      </div>
      {block !== null && (
        <p id={`${inputId}-block`} className="tr-card-block">
          {t(`team.cardBlock.${block}`)}
        </p>
      )}
      <p className="tr-card-description">{localize(card.description, language)}</p>
      <CardOdds odds={card.odds} language={language} />
      <dl className="tr-card-facts">
        <dt>{t('team.card.onSuccess')}</dt>
        <dd>
          <EffectList effects={card.onSuccess.effects} names={names} />
          {card.onSuccess.reveals === true && <p>{t('team.card.reveals')}</p>}
        </dd>
        <dt>{t('team.card.onFailure')}</dt>
        <dd>
          <EffectList effects={card.onFailure.effects} names={names} />
          {card.onFailure.reveals === true && <p>{t('team.card.reveals')}</p>}
        </dd>
        {card.costs.length > 0 && (
          <>
            <dt>{t('team.card.costs')}</dt>
            <dd>
              <EffectList effects={card.costs} names={names} />
            </dd>
          </>
        )}
        {card.maxUses !== undefined && (
          <>
            <dt>{t('team.card.limit')}</dt>
            <dd>
              {t('team.card.uses', {
                used,
                max: card.maxUses,
                count: Math.max(card.maxUses - used, 0),
              })}
            </dd>
          </>
        )}
        {card.prerequisitesMet !== null && (
          <>
            <dt>{t('team.card.prerequisites')}</dt>
            <dd data-testid={`prerequisites-${card.id}`}>
              {card.prerequisitesMet
                ? t('team.card.prerequisitesMet')
                : t('team.card.prerequisitesUnmet')}
            </dd>
          </>
        )}
      </dl>
      <details className="tr-card-outcomes">
        <summary>{t('team.card.outcomes')}</summary>
        <p>
          <strong>{t('team.card.onSuccess')}:</strong> {localize(card.onSuccess.text, language)}
        </p>
        <p>
          <strong>{t('team.card.onFailure')}:</strong> {localize(card.onFailure.text, language)}
        </p>
      </details>
    </li>
  );
}
