import { useTranslation } from 'react-i18next';
import type { Language, OddsBreakdown as Odds } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import { signed } from '../signed';

/**
 * How the engine reached an action's odds: "55% (base 50, +10)", then each
 * modifier that applied with its reason as its own sentence ("+10: Trust
 * makes…"; a reason is a scenario's sentence, so it is never run into ours),
 * then the modifiers that did not apply this time, so a student sees what
 * would have changed them.
 */
export function OddsBreakdown({ odds, language }: { odds: Odds; language: Language }) {
  const { t } = useTranslation();
  const applied = odds.modifiers.filter((modifier) => modifier.applies);
  const unapplied = odds.modifiers.filter((modifier) => !modifier.applies);
  return (
    <div className="tr-odds" data-odds={odds.total}>
      <p>
        <strong>{t('team.odds.label')}:</strong>{' '}
        {t('team.result.odds', {
          total: odds.total,
          parts: [
            t('team.result.base', { base: odds.base }),
            ...applied.map((modifier) => signed(modifier.delta)),
          ].join(', '),
        })}
        {odds.clamped && <> {t('team.result.clamped')}</>}
      </p>
      {applied.length > 0 && (
        <ul>
          {applied.map((modifier, index) => (
            <li key={index}>
              {t('team.result.because', {
                delta: signed(modifier.delta),
                reason: localize(modifier.reason, language),
              })}
            </li>
          ))}
        </ul>
      )}
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
