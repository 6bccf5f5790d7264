import type { LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ReplayTimelineResponse } from '@borderline/shared';
import { useLanguage } from '../../i18n/use-language';
import { jump, type Jump } from './replay-navigation';
import { replayTeamName, stepWords } from './step-words';
import {
  FirstIcon,
  ForwardIcon,
  Glyph,
  LastIcon,
  NextIcon,
  PreviousIcon,
  RewindIcon,
} from '../../components/icons';

/** The buttons, in order; each is named by its jump (`replay.controls.<jump>`). */
const BUTTONS: { jump: Exclude<Jump, 'first' | 'last'>; symbol: LucideIcon }[] = [
  { jump: 'previousMove', symbol: FirstIcon },
  { jump: 'previousPhase', symbol: RewindIcon },
  { jump: 'previousStep', symbol: PreviousIcon },
  { jump: 'nextStep', symbol: NextIcon },
  { jump: 'nextPhase', symbol: ForwardIcon },
  { jump: 'nextMove', symbol: LastIcon },
];

/**
 * The step slider, the step, phase and move buttons, and whose eyes to see
 * through (the points of view the server gives this reader). The page's
 * keyboard shortcuts do the same (see replay-page).
 */
export function StepControls({
  timeline,
  step,
  as,
  onStep,
  onPerspective,
}: {
  timeline: ReplayTimelineResponse;
  step: number;
  as: string;
  onStep: (step: number) => void;
  onPerspective: (as: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const last = timeline.steps.length - 1;
  const shown = timeline.steps[step];
  const position = t('replay.controls.position', { step, last });
  return (
    <section className="replay-controls" aria-label={t('replay.controls.label')}>
      <div className="replay-slider">
        <label htmlFor="replay-step">{t('replay.controls.slider')}</label>
        <input
          id="replay-step"
          type="range"
          min={0}
          max={last}
          step={1}
          value={step}
          aria-valuetext={
            shown === undefined
              ? position
              : `${position}: ${stepWords(shown, timeline, t, language)}`
          }
          onChange={(event) => onStep(Number(event.target.value))}
        />
        <output htmlFor="replay-step" data-testid="replay-position">
          {position}
        </output>
      </div>
      <div className="replay-buttons" role="group" aria-label={t('replay.controls.label')}>
        {BUTTONS.map((button) => {
          const target = jump(timeline, step, button.jump);
          const label = t(`replay.controls.${button.jump}`);
          return (
            <button
              key={button.jump}
              type="button"
              className="secondary"
              disabled={target === step}
              aria-label={label}
              title={label}
              data-testid={`replay-${button.jump}`}
              onClick={() => onStep(target)}
            >
              <Glyph icon={button.symbol} />
              <span className="replay-button-words">{label}</span>
            </button>
          );
        })}
      </div>
      <div className="replay-perspective">
        <label htmlFor="replay-as">{t('replay.controls.perspective')}</label>
        <select
          id="replay-as"
          data-testid="replay-as"
          value={as}
          onChange={(event) => onPerspective(event.target.value)}
        >
          {timeline.perspectives.map((perspective) => (
            <option key={perspective} value={perspective}>
              {perspective === 'control'
                ? t('replay.controls.control')
                : perspective === 'observer'
                  ? t('replay.controls.observer')
                  : t('replay.controls.team', {
                      team: replayTeamName(timeline, perspective, language),
                    })}
            </option>
          ))}
        </select>
      </div>
      <p className="replay-keys">{t('replay.controls.keys')}</p>
    </section>
  );
}
