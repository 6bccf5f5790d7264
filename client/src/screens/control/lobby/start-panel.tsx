import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { namesInSentence, unseatedTeams, type ExerciseView } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';
import { useLanguage } from '../../../i18n/use-language';
import { localize } from '../../../i18n/localize';
import { movesPlayedText } from '../../start/format-words';
import { useNames } from '../../../exercise/view-names';
import { useProposedValue } from '../use-proposed-value';
import { Glyph, WarningIcon } from '../../../components/icons';

/**
 * Locking the lobby and starting the exercise, under the settings it was
 * created with (its format: moves played and how decisions are taken; the
 * phase lengths). The practice move can be skipped only if the format has
 * one. A team with an empty seat would hold every move unseen, so Start
 * waits for the start check (`unseatedTeams`: every team has people or a
 * bot) and says which teams fail it. A fork's lobby resumes play at its
 * move instead, and the server holds it to the same check.
 */
export function StartPanel({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useNames(view);
  const lock = useCommand();
  const locked = useProposedValue(view.exercise.locked);
  const start = useCommand();
  const [skipPractice, setSkipPractice] = useState(view.exercise.config.skipPractice);
  const { config } = view.exercise;
  const hasPractice = view.exercise.practiceSkippable;
  const moves = config.moves ?? view.scenario.moves.map((move) => move.number);
  const mode = view.exercise.turn.mode;
  const resuming = view.exercise.tags.includes('fork-lobby');
  const empty = unseatedTeams(
    view.scenario.teams.map((team) => team.id),
    view.seats,
  ).map((team) => names.team(team));
  const blocked = empty.length > 0;
  const people = view.roster.filter((entry) => !entry.isBot);
  const observers = people.filter((entry) => entry.team === null).length;

  return (
    <section className="panel control-start" aria-labelledby="control-start-title">
      <h2 id="control-start-title">
        {resuming ? t('control.start.resumeTitle') : t('control.start.title')}
      </h2>
      <p>
        {t('control.start.seated', { count: people.length - observers })}{' '}
        {t('control.start.observers', { count: observers })}
      </p>
      <div className="control-field">
        <input
          type="checkbox"
          id="lock-lobby"
          data-testid="lock-lobby"
          checked={locked.shown}
          disabled={lock.pending}
          onChange={async (event) => {
            locked.propose(event.target.checked);
            if (!(await lock.send({ type: 'lobby.setLocked', locked: event.target.checked })))
              locked.withdraw();
          }}
        />
        <label htmlFor="lock-lobby">{t('control.start.lock')}</label>
        <p className="control-hint">
          {locked.shown ? t('control.start.locked') : t('control.start.unlocked')}
        </p>
        <CommandError error={lock.error} />
      </div>
      <dl className="control-settings" data-testid="exercise-settings">
        <div>
          <dt>{t('control.start.format')}</dt>
          <dd data-testid="exercise-format">
            {view.scenario.format === null
              ? (config.format ?? t('control.start.formatNone'))
              : t('control.start.formatName', {
                  name: localize(view.scenario.format.name, language),
                  minutes: view.scenario.format.minutes,
                })}
            {' · '}
            {movesPlayedText(t, { moves }, language)}
            {' · '}
            {t(`start.format.mode.${mode}`)}
          </dd>
        </div>
        <div>
          <dt>{t('control.start.timing')}</dt>
          <dd>
            {t('control.start.timingValues', {
              briefing: config.timing.briefingMinutes,
              deliberation: config.timing.deliberationMinutes,
              decision: config.timing.decisionMinutes,
              hotwash: config.timing.hotwashMinutes,
            })}
          </dd>
        </div>
      </dl>
      {resuming ? null : hasPractice ? (
        <div className="control-field">
          <input
            type="checkbox"
            id="skip-practice"
            data-testid="skip-practice"
            checked={skipPractice}
            onChange={(event) => setSkipPractice(event.target.checked)}
          />
          <label htmlFor="skip-practice">{t('control.start.skipPractice')}</label>
          <p className="control-hint">{t('control.start.skipPracticeHint')}</p>
        </div>
      ) : (
        <p className="control-hint" data-testid="no-practice">
          {t('control.start.noPracticeFormat')}
        </p>
      )}
      <button
        type="button"
        className="control-primary"
        data-testid="start-exercise"
        disabled={blocked || start.pending}
        aria-describedby={blocked ? 'start-blocked' : undefined}
        onClick={() =>
          void start.send({ type: 'facilitator.start', skipPractice: hasPractice && skipPractice })
        }
      >
        {!resuming
          ? t('control.start.start')
          : view.exercise.practice
            ? t('control.start.resumePractice')
            : t('control.start.resume', { move: view.exercise.move })}
      </button>
      {blocked && (
        <p id="start-blocked" className="control-warning">
          <Glyph icon={WarningIcon} />
          {t(resuming ? 'control.start.resumeBlocked' : 'control.start.blocked', {
            teams: namesInSentence(empty, language).join(', '),
          })}
        </p>
      )}
      <CommandError error={start.error} />
    </section>
  );
}
