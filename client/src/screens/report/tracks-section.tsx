import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '@borderline/shared';
import { ChartBoundary } from './chart-boundary';
import { ReportSectionFrame } from './report-bits';
import type { ChartsControl } from './use-charts';
import { chartedPoints } from './track-points';
import type { ReportNames } from './use-report-names';

// chart.js comes with this module: fetched the first time the charts are opened.
const TrackChart = lazy(() => import('./track-chart'));

/**
 * Every track move by move: a table per track (always there, and what a
 * screen reader reads), and beside it a chart once the reader opens the
 * charts.
 */
export function TracksSection({
  report,
  names,
  charts,
}: {
  report: Report;
  names: ReportNames;
  charts: ChartsControl;
}) {
  const { t } = useTranslation();
  const points = useMemo(() => chartedPoints(report), [report]);
  const labels = useMemo(
    () =>
      points.map((point) => {
        switch (point.label) {
          case 'start':
            return t('report.tracks.start');
          case 'after-move':
            return t('report.tracks.afterMove', { move: point.move });
          case 'practice-reset':
            return t('report.tracks.practiceReset');
          case 'final':
            return t('report.tracks.final');
        }
      }),
    [points, t],
  );
  // Stable per report and language, so that a chart is drawn once, not on every render.
  const series = useMemo(
    () =>
      report.tracks.map((track) => ({
        track,
        name: names.track(track.id),
        values: points.map((point) => point.values[track.id] ?? null),
        stepNames: Object.fromEntries(
          (track.steps ?? []).map((step) => [step.value, names.text(step.label)]),
        ),
      })),
    [report, points, names],
  );
  return (
    <ReportSectionFrame section="tracks" title={t('report.sections.tracks')}>
      <p>{t('report.tracks.intro')}</p>
      {report.overview.practicePlayed && (
        <p className="report-meta">{t('report.tracks.practiceNote')}</p>
      )}
      <p className="no-print">
        <button
          type="button"
          className="secondary"
          aria-expanded={charts.open}
          onClick={charts.toggle}
        >
          {charts.open ? t('report.tracks.hideCharts') : t('report.tracks.showCharts')}
        </button>
      </p>
      {charts.failed && <p role="alert">{t('report.tracks.chartsFailed')}</p>}
      {points.length === 0 ? (
        <p>{t('report.tracks.none')}</p>
      ) : (
        <div className="report-track-grid">
          {series.map(({ track, name, values, stepNames }) => {
            return (
              <div key={track.id} className="report-track" data-track={track.id}>
                <table className="report-table">
                  <caption>{t('report.tracks.table', { track: name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('report.tracks.point')}</th>
                      <th scope="col">{t('report.tracks.value')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {points.map((point, index) => {
                      const value = values[index] ?? null;
                      const step = value === null ? null : names.step(track.id, value);
                      return (
                        <tr key={index}>
                          <th scope="row">{labels[index]}</th>
                          <td>
                            {value ?? '–'}
                            {step !== null && ` (${step})`}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                {charts.open && !charts.failed && (
                  <div className="report-chart">
                    <ChartBoundary onFailed={charts.onFailed}>
                      <Suspense fallback={<p role="status">{t('report.tracks.loadingCharts')}</p>}>
                        <TrackChart
                          track={track}
                          name={t('report.tracks.chartLabel', { track: name })}
                          labels={labels}
                          values={values}
                          stepNames={stepNames}
                          onDrawn={charts.onDrawn}
                        />
                      </Suspense>
                    </ChartBoundary>
                  </div>
                )}
              </div>
            );
          })}
        </div>
      )}
    </ReportSectionFrame>
  );
}
