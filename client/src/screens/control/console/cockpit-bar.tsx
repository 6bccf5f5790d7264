import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { CommandButton } from '../../../components/command-button';
import { CommandError } from '../../../components/command-error';
import { ExerciseStatusBar } from '../../../components/exercise-status-bar';
import { useCommand } from '../../../exercise/use-command';
import type { Names } from '../../../exercise/view-names';
import { NextStepButton } from './next-step-button';

const MINUTE = 60_000;

/** Pause or resume, and move the phase's deadline where one runs (each with its own refusal). */
function ClockButtons({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const command = useCommand();
  const { paused, timer } = view.exercise;
  const adjust = (deltaMs: number) =>
    void command.send({ type: 'facilitator.adjustDeadline', deltaMs });
  const deadlines: [string, number, string][] = [
    ['extend-1', MINUTE, t('control.clock.extend', { count: 1 })],
    ['extend-5', 5 * MINUTE, t('control.clock.extend', { count: 5 })],
    ['shorten-1', -MINUTE, t('control.clock.shorten', { count: 1 })],
  ];
  return (
    <div className="control-cockpit-clock" role="group" aria-label={t('control.clock.title')}>
      {paused ? (
        <CommandButton command={{ type: 'facilitator.resume' }} testId="resume">
          {t('control.clock.resume')}
        </CommandButton>
      ) : (
        <CommandButton command={{ type: 'facilitator.pause' }} className="secondary" testId="pause">
          {t('control.clock.pause')}
        </CommandButton>
      )}
      {timer === null ? (
        <span className="control-hint">{t('control.clock.noDeadline')}</span>
      ) : (
        deadlines.map(([testId, delta, label]) => (
          <button
            key={testId}
            type="button"
            className="secondary control-small"
            data-testid={testId}
            disabled={command.pending}
            onClick={() => adjust(delta)}
          >
            {label}
          </button>
        ))
      )}
      <CommandError error={command.error} />
    </div>
  );
}

/**
 * The console's cockpit, stuck to the top of the window at every scroll
 * position: the move, the phase, whose turn and the clock; pause and the
 * deadline; and the one next action, so that it never scrolls out of reach.
 */
export function CockpitBar({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  return (
    <section className="control-cockpit" data-testid="cockpit" aria-label={t('control.cockpit')}>
      <div className="control-cockpit-status">
        <ExerciseStatusBar view={view} />
        <ClockButtons view={view} />
      </div>
      <NextStepButton view={view} names={names} />
      {view.exercise.paused && (
        <p className="control-warning control-cockpit-note">{t('control.clock.pausedNote')}</p>
      )}
    </section>
  );
}
