import { GlossaryText } from '../../../components/glossary-text';
import { useTranslation } from 'react-i18next';
import type { HandCard, Track } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import type { Names } from '../../../exercise/view-names';
import { EffectList, useTrackWords } from '../track-words';
import { CardOdds } from './card-odds';
import { MissingPrerequisites } from './missing-prerequisites';

/** Why a card may not be ticked now; shown next to it. */
export type CardBlock = 'usedUp' | 'prerequisites' | 'maxCards' | 'maxCovert';

/**
 * One action card of the team's hand, at a glance: its name (with a
 * checkbox while the team drafts its decision; read-only before), its
 * odds, its cost and what it does if it succeeds in one line; a card that
 * may not be played says why, in words. Everything else (the description,
 * each odds modifier, the failure, limits, what each outcome means) opens
 * on demand.
 */
export function HandCardItem({
  card,
  used,
  checked = false,
  block = null,
  onToggle,
  tracks,
  names,
}: {
  card: HandCard;
  /** The scenario's tracks, to name a ladder's rung. */
  tracks: readonly Track[];
  used: number;
  checked?: boolean;
  block?: CardBlock | null;
  /** Absent: the card is shown to read, without a checkbox. */
  onToggle?: (checked: boolean) => void;
  names: Names;
}) {
  const { t } = useTranslation();
  const words = useTrackWords(names);
  const { language } = names;
  const name = localize(card.name, language);
  const inputId = `card-${card.id}`;
  // A ticked card can always be unticked, even if it became unplayable meanwhile.
  const disabled = block !== null && !checked;
  const { odds } = card;
  const glanceOdds =
    odds.modifiers.length === 0
      ? t('team.glance.odds', { odds: odds.base })
      : t('team.glance.oddsRange', { odds: odds.base, min: odds.range.min, max: odds.range.max });
  const cost =
    card.costs.length === 0
      ? t('team.glance.noCost')
      : t('team.glance.cost', { costs: card.costs.map(words.effect).join('; ') });
  const effect =
    card.onSuccess.effects.length === 0
      ? t('team.effect.none')
      : card.onSuccess.effects.map(words.effect).join('; ');
  return (
    <li
      className={`tr-card${checked ? ' tr-card-checked' : ''}${disabled ? ' tr-card-blocked' : ''}`}
      data-card={card.id}
      data-visibility={card.visibility}
    >
      <div className="tr-card-head">
        {onToggle === undefined ? (
          <h4 className="tr-card-name">{name}</h4>
        ) : (
          <>
            <input
              type="checkbox"
              id={inputId}
              data-testid={inputId}
              checked={checked}
              disabled={disabled}
              aria-describedby={`${inputId}-glance${block === null ? '' : ` ${inputId}-block`}`}
              onChange={(event) => onToggle(event.target.checked)}
            />
            <label htmlFor={inputId}>{name}</label>
          </>
        )}
        <span className={`tr-tag tr-tag-${card.visibility}`}>
          {t(`team.visibility.${card.visibility}`)}
        </span>
      </div>
      <p id={`${inputId}-glance`} className="tr-card-glance" data-testid={`glance-${card.id}`}>
        <span className="tr-card-glance-odds" data-odds={odds.base}>
          {glanceOdds}
        </span>
        <span aria-hidden="true"> · </span>
        <span>{cost}</span>
        <span className="tr-card-summary">
          {t('team.glance.ifSuccess')} {effect}
        </span>
      </p>
      {block !== null && (
        <div id={`${inputId}-block`} className="tr-card-block">
          {block === 'prerequisites' ? (
            <MissingPrerequisites card={card} tracks={tracks} names={names} />
          ) : (
            <p>{t(`team.cardBlock.${block}`)}</p>
          )}
        </div>
      )}
      <details className="tr-card-more" data-testid={`card-more-${card.id}`}>
        <summary>
          {t('team.card.more')}
          <span className="visually-hidden">: {name}</span>
        </summary>
        <p className="tr-card-description">
          <GlossaryText text={localize(card.description, language)} />
        </p>
        <CardOdds odds={card.odds} language={language} />
        <dl className="tr-card-facts">
          <dt>{t('team.card.onSuccess')}</dt>
          <dd>
            <EffectList effects={card.onSuccess.effects} names={names} />
            {card.onSuccess.reveals === true && <p>{t('team.card.reveals')}</p>}
            <p className="tr-card-outcome">{localize(card.onSuccess.text, language)}</p>
          </dd>
          <dt>{t('team.card.onFailure')}</dt>
          <dd>
            <EffectList effects={card.onFailure.effects} names={names} />
            {card.onFailure.reveals === true && <p>{t('team.card.reveals')}</p>}
            <p className="tr-card-outcome">{localize(card.onFailure.text, language)}</p>
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
                {card.prerequisitesMet ? (
                  t('team.card.prerequisitesMet')
                ) : block === 'prerequisites' ? (
                  t('team.card.prerequisitesAbove')
                ) : (
                  <MissingPrerequisites card={card} tracks={tracks} names={names} />
                )}
              </dd>
            </>
          )}
        </dl>
      </details>
    </li>
  );
}
