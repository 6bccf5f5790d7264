import { useTranslation } from 'react-i18next';
import type { HandCard, Language } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import { signed } from '../signed';

/**
 * A card's chance of success before it is played: the base, and each
 * modifier with its reason. Whether a modifier applies is only known when
 * the move is adjudicated (its condition may hang on other teams' moves),
 * so the range is given and the reader is told so.
 */
export function CardOdds({ odds, language }: { odds: HandCard['odds']; language: Language }) {
  const { t } = useTranslation();
  const { base, modifiers } = odds;
  if (modifiers.length === 0) {
    return (
      <p className="tr-odds" data-odds={base}>
        <strong>{t('team.odds.label')}:</strong> {t('team.odds.fixed', { odds: base })}
      </p>
    );
  }
  return (
    <div className="tr-odds" data-odds={base}>
      <p>
        <strong>{t('team.odds.label')}:</strong>{' '}
        {t('team.odds.range', {
          base,
          min: odds.range.min,
          max: odds.range.max,
        })}
      </p>
      <ul>
        {modifiers.map((modifier, index) => (
          <li key={index}>
            {t('team.odds.modifier', {
              delta: signed(modifier.delta),
              reason: localize(modifier.reason, language),
            })}
          </li>
        ))}
      </ul>
      <p className="tr-hint">{t('team.odds.mayApply')}</p>
    </div>
  );
}
