import { useTranslation } from 'react-i18next';
import type { OddsBreakdown as Odds } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import { useLanguage } from '../../../i18n/use-language';
import { signed } from './change-text';

/** How the odds were reached: the base, each modifier (and whether it applied), the total. */
export function OddsBreakdown({ odds }: { odds: Odds }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="control-odds">
      <p>
        {t('control.review.oddsTotal', { total: odds.total })}{' '}
        {odds.clamped && <span className="control-hint">{t('control.review.oddsClamped')}</span>}
      </p>
      <ul>
        <li>{t('control.review.oddsBase', { base: odds.base })}</li>
        {odds.modifiers.map((modifier, index) => (
          <li key={index} className={modifier.applies ? undefined : 'control-muted'}>
            {signed(modifier.delta)}: {localize(modifier.reason, language)}{' '}
            <span className="control-tag">
              {modifier.applies ? t('control.review.applies') : t('control.review.doesNotApply')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
