import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { DisplayName, type JoinInfoResponse, type ScenarioSummary } from '@borderline/shared';
import { CommandError } from '../../components/command-error';
import { joinExercise } from '../../connection/exercise-http';
import type { CommandFailure } from '../../exercise/use-command';
import { httpFailure } from '../start/http-failure';
import { TeamChoice, OBSERVER } from './team-choice';
import { Glyph, WarningIcon } from '../../components/icons';

/** What is wrong with a name, by the shared DisplayName rule; null when it is fine. */
function nameProblem(name: string): 'empty' | 'long' | null {
  if (DisplayName.safeParse(name).success) return null;
  return name.trim() === '' ? 'empty' : 'long';
}

/**
 * The player's name and team (or the observers); joining takes the seat
 * into this browser (joinExercise does) and opens the player's page.
 */
export function JoinForm({
  info,
  code,
  scenario,
}: {
  info: JoinInfoResponse;
  code: string;
  scenario: ScenarioSummary | undefined;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const id = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const teamGroup = useRef<HTMLFieldSetElement>(null);
  const [name, setName] = useState('');
  const [team, setTeam] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<CommandFailure | null>(null);

  const problem = checked ? nameProblem(name) : null;
  const teamMissing = checked && team === null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setFailure(null);
    if (nameProblem(name) !== null) {
      nameInput.current?.focus();
      return;
    }
    if (team === null) {
      teamGroup.current?.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
      return;
    }
    setPending(true);
    try {
      const joined = await joinExercise({
        joinCode: code,
        name: name.trim(),
        team: team === OBSERVER ? null : team,
      });
      setPending(false);
      navigate(`/play/${joined.exerciseId}`);
    } catch (error) {
      setPending(false);
      setFailure(httpFailure(error));
    }
  };

  return (
    <form className="panel join-form" onSubmit={submit} noValidate>
      <div className="join-name">
        <label htmlFor={`${id}-name`}>{t('join.name')}</label>
        <p id={`${id}-name-hint`} className="field-hint">
          {t('join.nameHint')}
        </p>
        <input
          id={`${id}-name`}
          ref={nameInput}
          data-testid="join-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="nickname"
          aria-invalid={problem !== null}
          aria-describedby={
            problem === null ? `${id}-name-hint` : `${id}-name-hint ${id}-name-error`
          }
        />
        {problem !== null && (
          <p id={`${id}-name-error`} role="alert" className="field-error">
            <Glyph icon={WarningIcon} />
            {problem === 'empty'
              ? t('join.nameEmpty')
              : t('join.nameLong', { count: name.trim().length })}
          </p>
        )}
      </div>
      <TeamChoice
        ref={teamGroup}
        teams={info.teams}
        scenario={scenario}
        value={team}
        onChange={setTeam}
        missing={teamMissing}
      />
      <button type="submit" data-testid="join-submit" disabled={pending}>
        {pending ? t('join.joining') : t('join.submit')}
      </button>
      <CommandError error={failure} />
    </form>
  );
}
