import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { useLanguage } from '../../../i18n/use-language';
import type { Names } from '../../../exercise/view-names';
import { moveName } from './inject-words';
import { logSender, logSummary } from './log-summary';

/** Enough for a glance; the rest on request, so that a long game stays quick to draw. */
const FIRST_ROWS = 50;

/** Every accepted event, newest first: when, in which move and phase, who, and what it did. */
export function ControlLog({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [showAll, setShowAll] = useState(false);
  const log = [...(view.control?.log ?? [])].reverse();
  const shown = showAll ? log : log.slice(0, FIRST_ROWS);
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });

  return (
    <section
      id="control-log"
      className="control-section"
      data-testid="control-log"
      aria-labelledby="control-log-title"
    >
      <h2 id="control-log-title">{t('control.log.title', { count: log.length })}</h2>
      {log.length === 0 ? (
        <p className="control-hint">{t('control.log.empty')}</p>
      ) : (
        <div
          className="control-table-wrap control-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby="control-log-title"
        >
          <table className="control-table control-log-table">
            <thead>
              <tr>
                <th scope="col">{t('control.log.time')}</th>
                <th scope="col">{t('control.log.move')}</th>
                <th scope="col">{t('control.log.phase')}</th>
                <th scope="col">{t('control.log.who')}</th>
                <th scope="col">{t('control.log.what')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.seq} data-seq={entry.seq} data-event={entry.event.type}>
                  <td>
                    <time dateTime={new Date(entry.at).toISOString()}>{time.format(entry.at)}</time>
                  </td>
                  <td>{moveName(entry.move, t)}</td>
                  <td>
                    {t(`common.phase.${entry.phase}`)}
                    {entry.paused && ` (${t('common.paused')})`}
                  </td>
                  <td>{logSender(entry, t, names)}</td>
                  <td>{logSummary(entry, t, names)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.length > FIRST_ROWS && (
        <button type="button" className="secondary" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('control.log.showFewer') : t('control.log.showAll', { count: log.length })}
        </button>
      )}
    </section>
  );
}
