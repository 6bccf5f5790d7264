import { useTranslation } from 'react-i18next';
import type { Language, OddsBreakdown as Odds } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import { signed } from '../signed';

/**
 * How the engine reached an action's odds: "55% (base 50, +10 because …)",
 * then the modifiers that did not apply this time, so a student sees what
 * would have changed them.
 */
export function OddsBreakdown({ odds, language }: { odds: Odds; language: Language }) {
  const { t } = useTranslation();
  const applied = odds.modifiers.filter((modifier) => modifier.applies);
  const unapplied = odds.modifiers.filter((modifier) => !modifier.applies);
  const because = applied.map((modifier) =>
    t('team.result.because', {
      delta: signed(modifier.delta),
      reason: localize(modifier.reason, language),
    }),
  );
  return (
    <div className="tr-odds" data-odds={odds.total}>
      <p>
        <strong>{t('team.odds.label')}:</strong>{' '}
        {t('team.result.odds', {
          total: odds.total,
          parts: [t('team.result.base', { base: odds.base }), ...because].join(', '),
        })}
        {odds.clamped && <> {t('team.result.clamped')}</>}
      </p>
      {unapplied.length > 0 && (
        <p className="tr-hint">
          {t('team.result.notApplied')}{' '}
          {unapplied
            .map((modifier) =>
              t('team.odds.modifier', {
                delta: signed(modifier.delta),
                reason: localize(modifier.reason, language),
              }),
            )
            .join(' · ')}
        </p>
      )}
    </div>
  );
}
