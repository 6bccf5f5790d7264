import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '@borderline/shared';
import { ReportSectionFrame, ReportTableScroll } from './report-bits';
import { chartedPoints, usePointNames } from './track-points';
import type { ReportNames } from './use-report-names';

/**
 * An appendix: the tracks' figures in one table (a row per track and a
 * column per point) and the names of a ladder's steps. Their charts and
 * the three biggest turning points open the report, in its summary: this
 * appendix refers to them rather than printing them twice.
 */
export function TracksSection({ report, names }: { report: Report; names: ReportNames }) {
  const { t } = useTranslation();
  const points = useMemo(() => chartedPoints(report), [report]);
  const pointNames = usePointNames(points);
  const ladders = report.tracks.filter((track) => track.steps !== null && track.steps.length > 0);
  return (
    <ReportSectionFrame section="tracks">
      <p>{t('report.tracks.intro')}</p>
      {report.overview.practicePlayed && (
        <p className="report-meta">{t('report.tracks.practiceNote')}</p>
      )}
      {points.length === 0 ? (
        <p>{t('report.tracks.none')}</p>
      ) : (
        <ReportTableScroll label={t('report.tracks.table')}>
          <table className="report-table report-track-table" data-testid="report-track-table">
            <caption>{t('report.tracks.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.tracks.track')}</th>
                {pointNames.map((point, index) => (
                  <th key={index} scope="col">
                    {point.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.tracks.map((track) => (
                <tr key={track.id} data-track={track.id}>
                  <th scope="row">{names.track(track.id)}</th>
                  {points.map((point, index) => (
                    <td key={index}>{point.values[track.id] ?? '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ReportTableScroll>
      )}
      {ladders.map((track) => (
        <p key={track.id} className="report-steps" data-track={track.id}>
          <strong>{t('report.tracks.steps', { track: names.track(track.id) })}</strong>{' '}
          {(track.steps ?? []).map((step) => `${step.value} ${names.text(step.label)}`).join(' · ')}
        </p>
      ))}
      <h3>{t('report.summary.turningPoints')}</h3>
      <p className="report-meta">
        {t('report.summary.turningRule')} {t('report.summary.turningInSummary')}
      </p>
    </ReportSectionFrame>
  );
}
