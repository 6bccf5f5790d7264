import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExerciseView, OverrideRecord } from '@borderline/shared';
import { useLanguage } from '../../../i18n/use-language';
import type { Names } from '../../../exercise/view-names';
import { moveName } from './inject-words';

function valueText(record: OverrideRecord, value: string | number | null, t: TFunction): string {
  if (value === null) return '—';
  if (record.kind === 'outcome' && (value === 'success' || value === 'failure'))
    return t(`control.outcome.${value}`);
  if (record.kind === 'freeform-odds' && typeof value === 'number') return `${value}%`;
  return String(value);
}

/** Every change Control made to what the engine proposed, with its reason: the record of the game. */
export function OverridesPanel({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const overrides = [...(view.control?.overrides ?? [])].reverse();
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
  const target = (record: OverrideRecord) =>
    record.kind === 'track' ? names.track(record.target) : names.action(record.target);

  return (
    <section
      id="control-overrides"
      className="control-section"
      data-testid="overrides"
      aria-labelledby="control-overrides-title"
    >
      <h2 id="control-overrides-title">{t('control.overrides.title')}</h2>
      {overrides.length === 0 ? (
        <p className="control-hint">{t('control.overrides.empty')}</p>
      ) : (
        <div
          className="control-table-wrap"
          tabIndex={0}
          role="region"
          aria-labelledby="control-overrides-title"
        >
          <table className="control-table">
            <thead>
              <tr>
                <th scope="col">{t('control.log.time')}</th>
                <th scope="col">{t('control.log.move')}</th>
                <th scope="col">{t('control.overrides.kind')}</th>
                <th scope="col">{t('control.overrides.target')}</th>
                <th scope="col">{t('control.overrides.change')}</th>
                <th scope="col">{t('control.review.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {overrides.map((record, index) => (
                <tr key={`${record.at}-${index}`}>
                  <td>{time.format(record.at)}</td>
                  <td>{moveName(record.move, t)}</td>
                  <td>{t(`control.overrides.kinds.${record.kind}`)}</td>
                  <td>{target(record)}</td>
                  <td>
                    {valueText(record, record.from, t)} → {valueText(record, record.to, t)}
                  </td>
                  <td>{record.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
