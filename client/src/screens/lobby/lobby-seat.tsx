import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';

/** The reader's own seat: name, team or observer, and who leads the team. */
export function LobbySeat({ view, ownId }: { view: ExerciseView; ownId: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const self = view.roster.find((entry) => entry.id === ownId);
  const ownTeam = view.team;
  const team =
    ownTeam === null
      ? undefined
      : view.scenario.teams.find((candidate) => candidate.id === ownTeam.id);
  const lead =
    ownTeam === null
      ? undefined
      : view.roster.find((entry) => entry.team === ownTeam.id && entry.isLead);

  let standing: string;
  if (ownTeam === null) standing = t('lobby.seat.observer');
  else if (ownTeam.isLead) standing = t('lobby.seat.lead');
  else if (lead !== undefined) standing = t('lobby.seat.ledBy', { name: lead.name });
  else standing = t('lobby.seat.noLead');

  return (
    <section
      className="panel lobby-seat"
      aria-labelledby="lobby-seat-title"
      data-testid="lobby-seat"
    >
      <h2 id="lobby-seat-title">{t('lobby.seat.title')}</h2>
      {self !== undefined && <p>{t('lobby.seat.name', { name: self.name })}</p>}
      {ownTeam !== null && (
        <p className="lobby-seat-team">
          {t('lobby.seat.team', {
            team: team === undefined ? ownTeam.id : localize(team.name, language),
          })}
        </p>
      )}
      <p>{standing}</p>
    </section>
  );
}
