import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import {
  LEFT_OUT_AFTER,
  LEFT_OUT_SHARE,
  summarizeParticipation,
  type ParticipationRow,
  type ParticipationSummary,
} from './participation';
import { CarryingIcon, Glyph, WarningIcon } from '../../../components/icons';

const percent = (share: number) => Math.round(share * 100);

/** The one line the facilitator reads first: who to draw in, who to hold back, or all is well. */
function summaryLines(summary: ParticipationSummary, t: TFunction, names: Names): string[] {
  const who = (rows: ParticipationRow[]) =>
    rows.map((row) => `${row.name} (${names.team(row.team)})`).join(', ');
  if (!summary.started) return [t('control.participation.notStarted')];
  const lines: string[] = [];
  if (summary.leftOut.length > 0)
    lines.push(
      t('control.participation.leftOutSummary', {
        count: summary.leftOut.length,
        names: who(summary.leftOut),
      }),
    );
  if (summary.carrying.length > 0)
    lines.push(
      t('control.participation.carryingSummary', {
        count: summary.carrying.length,
        names: who(summary.carrying),
      }),
    );
  if (lines.length === 0) lines.push(t('control.participation.allWell'));
  if (summary.idle.length > summary.leftOut.length)
    lines.push(
      t('control.participation.idleSummary', {
        count: summary.idle.length - summary.leftOut.length,
      }),
    );
  return lines;
}

function FlagText({ row }: { row: ParticipationRow }) {
  const { t } = useTranslation();
  switch (row.flag) {
    case 'left-out':
      return (
        <strong>
          <Glyph icon={WarningIcon} />
          {t('control.participation.leftOut', { share: percent(row.share) })}
        </strong>
      );
    case 'carrying':
      return (
        <strong>
          <Glyph icon={CarryingIcon} />
          {t('control.participation.carrying', { share: percent(row.share) })}
        </strong>
      );
    case 'not-yet':
      return <>{t('control.participation.notYet')}</>;
    case 'observer':
      return <>{t('control.participation.observer')}</>;
    case 'alone':
      return <>{t('control.participation.alone')}</>;
    case 'taking-part':
      return <>{t('control.participation.takingPart', { share: percent(row.share) })}</>;
  }
}

/**
 * Who takes part, per person: so that nobody is left out and no one player
 * carries a team (what those mean: ./participation.ts). Flags are words and
 * symbols, not colour alone.
 */
export function ParticipationPanel({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const summary = summarizeParticipation(
    view.roster,
    view.control?.participation ?? {},
    names.player,
  );

  return (
    <section
      id="control-participation"
      className="control-section"
      data-testid="participation"
      aria-labelledby="control-participation-title"
    >
      <h2 id="control-participation-title">{t('control.participation.title')}</h2>
      {summary.rows.length === 0 ? (
        <p className="control-hint">{t('control.participation.empty')}</p>
      ) : (
        <>
          <div data-testid="participation-summary">
            {summaryLines(summary, t, names).map((line) => (
              <p key={line} className="control-participation-summary">
                {line}
              </p>
            ))}
          </div>
          <p className="control-hint">
            {t('control.participation.rule', {
              after: LEFT_OUT_AFTER,
              share: percent(LEFT_OUT_SHARE),
            })}
          </p>
          <table className="control-table control-participation">
            <thead>
              <tr>
                <th scope="col">{t('control.roster.name')}</th>
                <th scope="col">{t('control.roster.team')}</th>
                <th scope="col">{t('control.participation.messages')}</th>
                <th scope="col">{t('control.participation.drafts')}</th>
                <th scope="col">{t('control.participation.decisions')}</th>
                <th scope="col">{t('control.participation.flag')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.rows.map((row) => (
                <tr
                  key={row.id}
                  data-participant={row.id}
                  data-flag={row.flag}
                  className={
                    row.flag === 'left-out'
                      ? 'control-silent'
                      : row.flag === 'carrying'
                        ? 'control-carrying'
                        : undefined
                  }
                >
                  <th scope="row">{row.name}</th>
                  <td>{names.team(row.team)}</td>
                  <td>{row.counts.messages}</td>
                  <td>{row.counts.drafts}</td>
                  <td>{row.counts.decisions}</td>
                  <td>
                    <FlagText row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
