import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';

const MINUTE = 60_000;

/**
 * The clock: pause or resume the whole exercise, and move the current
 * phase's deadline. Pausing is allowed in any phase; a deadline exists
 * only in timed phases (briefing, deliberation, decisions, hotwash).
 */
export function ClockControls({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const command = useCommand();
  const { paused, timer } = view.exercise;
  const adjust = (deltaMs: number) =>
    void command.send({ type: 'facilitator.adjustDeadline', deltaMs });
  const noDeadline = timer === null;

  return (
    <section className="panel control-clock" aria-labelledby="control-clock-title">
      <h2 id="control-clock-title">{t('control.clock.title')}</h2>
      <div className="control-buttons">
        {paused ? (
          <button
            type="button"
            data-testid="resume"
            disabled={command.pending}
            onClick={() => void command.send({ type: 'facilitator.resume' })}
          >
            {t('control.clock.resume')}
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            data-testid="pause"
            disabled={command.pending}
            onClick={() => void command.send({ type: 'facilitator.pause' })}
          >
            {t('control.clock.pause')}
          </button>
        )}
        <button
          type="button"
          className="secondary"
          data-testid="extend-1"
          disabled={noDeadline || command.pending}
          onClick={() => adjust(MINUTE)}
        >
          {t('control.clock.extend', { count: 1 })}
        </button>
        <button
          type="button"
          className="secondary"
          data-testid="extend-5"
          disabled={noDeadline || command.pending}
          onClick={() => adjust(5 * MINUTE)}
        >
          {t('control.clock.extend', { count: 5 })}
        </button>
        <button
          type="button"
          className="secondary"
          data-testid="shorten-1"
          disabled={noDeadline || command.pending}
          onClick={() => adjust(-MINUTE)}
        >
          {t('control.clock.shorten', { count: 1 })}
        </button>
      </div>
      {paused && <p className="control-warning">{t('control.clock.pausedNote')}</p>}
      {noDeadline && <p className="control-hint">{t('control.clock.noDeadline')}</p>}
      <CommandError error={command.error} />
    </section>
  );
}
