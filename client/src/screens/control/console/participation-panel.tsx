import { useTranslation } from 'react-i18next';
import type { ExerciseView, ParticipationCounts } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { CarryingIcon, Glyph, WarningIcon } from '../../../components/icons';

/** A player doing this share of a team of two or more's activity is flagged. */
const CARRYING_SHARE = 0.7;

interface Row {
  id: string;
  name: string;
  team: string | null;
  counts: ParticipationCounts;
  total: number;
}

const totalOf = (counts: ParticipationCounts) =>
  counts.messages + counts.drafts + counts.decisions + counts.reflections;

/**
 * Who takes part, per player: so that nobody is left out and no one
 * player carries a team. Flags are words and symbols, not colour alone.
 */
export function ParticipationPanel({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const participation = view.control?.participation ?? {};
  const people = view.roster.filter((entry) => !entry.isBot);
  const ids = [
    ...people.map((entry) => entry.id),
    ...Object.keys(participation).filter((id) => !people.some((entry) => entry.id === id)),
  ];
  const zero: ParticipationCounts = { messages: 0, drafts: 0, decisions: 0, reflections: 0 };
  const rows: Row[] = ids.map((id) => {
    const entry = people.find((candidate) => candidate.id === id);
    const counts = participation[id] ?? zero;
    return {
      id,
      name: entry?.name ?? names.player(id),
      team: entry?.team ?? null,
      counts,
      total: totalOf(counts),
    };
  });
  const teamTotal = (team: string | null) =>
    rows.filter((row) => row.team === team).reduce((sum, row) => sum + row.total, 0);
  const teamSize = (team: string | null) => rows.filter((row) => row.team === team).length;

  return (
    <section
      id="control-participation"
      className="control-section"
      data-testid="participation"
      aria-labelledby="control-participation-title"
    >
      <h2 id="control-participation-title">{t('control.participation.title')}</h2>
      <p className="control-hint">{t('control.participation.intro')}</p>
      {rows.length === 0 ? (
        <p className="control-hint">{t('control.participation.empty')}</p>
      ) : (
        <div
          className="control-table-wrap"
          tabIndex={0}
          role="region"
          aria-labelledby="control-participation-title"
        >
          <table className="control-table control-participation">
            <thead>
              <tr>
                <th scope="col">{t('control.roster.name')}</th>
                <th scope="col">{t('control.roster.team')}</th>
                <th scope="col">{t('control.participation.messages')}</th>
                <th scope="col">{t('control.participation.drafts')}</th>
                <th scope="col">{t('control.participation.decisions')}</th>
                <th scope="col">{t('control.participation.reflections')}</th>
                <th scope="col">{t('control.participation.flag')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const all = teamTotal(row.team);
                const carrying =
                  row.team !== null &&
                  teamSize(row.team) > 1 &&
                  all > 0 &&
                  row.total / all >= CARRYING_SHARE;
                // Observers (evaluators, the projector) are not expected to speak.
                const silent = row.team !== null && row.total === 0;
                return (
                  <tr
                    key={row.id}
                    data-participant={row.id}
                    data-flag={silent ? 'silent' : carrying ? 'carrying' : 'ok'}
                    className={
                      silent ? 'control-silent' : carrying ? 'control-carrying' : undefined
                    }
                  >
                    <th scope="row">{row.name}</th>
                    <td>{names.team(row.team)}</td>
                    <td>{row.counts.messages}</td>
                    <td>{row.counts.drafts}</td>
                    <td>{row.counts.decisions}</td>
                    <td>{row.counts.reflections}</td>
                    <td>
                      {silent && (
                        <strong>
                          <Glyph icon={WarningIcon} />
                          {t('control.participation.silent')}
                        </strong>
                      )}
                      {carrying && (
                        <strong>
                          <Glyph icon={CarryingIcon} />
                          {t('control.participation.carrying', {
                            share: Math.round((row.total / all) * 100),
                          })}
                        </strong>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
