import { useTranslation } from 'react-i18next';
import { DEBRIEF_STAGES, type DebriefStage, type ExerciseView } from '@borderline/shared';
import { CommandError } from '../../components/command-error';
import { useCommand } from '../../exercise/use-command';

/**
 * The debrief's four stages, and who moves between them. In the hotwash,
 * Control's buttons open a stage on every screen (`facilitator.openDebriefStage`);
 * a player's screen follows Control's stage and may only look back at the
 * stages already opened. Once the exercise has ended, everybody looks
 * through the stages freely (`onShow`).
 */
export function DebriefNav({
  view,
  shown,
  onShow,
}: {
  view: ExerciseView;
  /** The stage this screen shows now. */
  shown: DebriefStage;
  onShow: (stage: DebriefStage) => void;
}) {
  const { t } = useTranslation();
  const command = useCommand();
  const current = view.exercise.debriefStage;
  const live = view.exercise.phase === 'hotwash';
  const leads = live && view.control !== null;
  const canOpen = view.control?.open.openDebriefStage === true;
  const reached = DEBRIEF_STAGES.indexOf(current);

  const choose = (stage: DebriefStage) => {
    if (!leads) {
      onShow(stage);
      return;
    }
    command.clear();
    void command.send({ type: 'facilitator.openDebriefStage', stage });
  };

  return (
    <nav className="debrief-nav" aria-label={t('hotwash.stepsLabel')} data-testid="debrief-nav">
      <ol>
        {DEBRIEF_STAGES.map((stage, index) => {
          // A player may look back, never ahead of Control, while the hotwash runs.
          const disabled = leads
            ? !canOpen || command.pending || stage === current
            : live && index > reached;
          return (
            <li key={stage}>
              <button
                type="button"
                className={stage === shown ? 'debrief-stage-button shown' : 'debrief-stage-button'}
                data-testid={`debrief-stage-${stage}`}
                data-current={live && stage === current}
                aria-current={stage === shown ? 'step' : undefined}
                disabled={disabled}
                onClick={() => choose(stage)}
              >
                <span className="debrief-stage-number">{index + 1}</span>{' '}
                {t(`hotwash.steps.${stage}.title`)}
                {live && stage === current && (
                  <span className="tag debrief-stage-here">
                    {leads ? t('hotwash.nav.onEveryScreen') : t('hotwash.nav.controlHere')}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="debrief-note">
        {!live
          ? t('hotwash.nav.browse')
          : leads
            ? t('hotwash.nav.controlLeads')
            : t('hotwash.nav.following')}
      </p>
      <CommandError error={command.error} />
    </nav>
  );
}
