import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { JoinInfoResponse, ScenarioSummary } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { Glyph, WarningIcon } from '../../components/icons';

/** The radio value that joins the observers (`team: null` on the wire). */
export const OBSERVER = 'observer';

/**
 * One radio per team, with its role and how many have joined it; a team a
 * bot plays cannot be joined (the server would refuse), so its radio is off
 * and says why. Last, the observers, for evaluators and guests.
 */
export function TeamChoice({
  ref,
  teams,
  scenario,
  value,
  onChange,
  missing,
}: {
  ref: Ref<HTMLFieldSetElement>;
  teams: JoinInfoResponse['teams'];
  scenario: ScenarioSummary | undefined;
  value: string | null;
  onChange: (team: string) => void;
  missing: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const described = missing ? `${id}-hint ${id}-error` : `${id}-hint`;
  return (
    <fieldset ref={ref} className="team-choice" aria-describedby={described}>
      <legend>{t('join.team')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('join.teamHint')}
      </p>
      <ul className="team-options">
        {teams.map((team) => {
          const known = scenario?.teams.find((candidate) => candidate.id === team.id);
          const bot = team.seat === 'bot';
          return (
            <li key={team.id} className={bot ? 'team-option team-option-bot' : 'team-option'}>
              <label className="radio">
                <input
                  type="radio"
                  name="team"
                  value={team.id}
                  checked={value === team.id}
                  disabled={bot}
                  onChange={() => onChange(team.id)}
                  aria-describedby={`${id}-${team.id}`}
                />
                <span className="team-option-name">
                  {known === undefined ? team.name : localize(known.name, language)}
                </span>
              </label>
              <p id={`${id}-${team.id}`} className="team-option-detail">
                {known !== undefined && <span>{localize(known.role, language)} </span>}
                <span className="team-option-count">
                  {bot ? t('join.bot') : t('join.players', { count: team.players })}
                </span>
              </p>
            </li>
          );
        })}
        <li className="team-option">
          <label className="radio">
            <input
              type="radio"
              name="team"
              value={OBSERVER}
              checked={value === OBSERVER}
              onChange={() => onChange(OBSERVER)}
              aria-describedby={`${id}-observer`}
            />
            <span className="team-option-name">{t('join.observer')}</span>
          </label>
          <p id={`${id}-observer`} className="team-option-detail">
            {t('join.observerHint')}
          </p>
        </li>
      </ul>
      {missing && (
        <p id={`${id}-error`} role="alert" className="field-error">
          <Glyph icon={WarningIcon} />
          {t('join.teamMissing')}
        </p>
      )}
    </fieldset>
  );
}
