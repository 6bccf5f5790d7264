import { useTranslation } from 'react-i18next';
import { DEBRIEF_STEPS } from '../hotwash/debrief-step';

const PROMPTS = ['q1', 'q2', 'q3'] as const;

/** During the hotwash, the room's screen carries the debrief's four stages and their questions. */
export function DebriefPrompts() {
  const { t } = useTranslation();
  return (
    <section className="panel observer-debrief" aria-labelledby="projector-debrief-title">
      <h2 id="projector-debrief-title">{t('screen.debrief')}</h2>
      <ol className="observer-debrief-steps">
        {DEBRIEF_STEPS.map((step) => (
          <li key={step}>
            <h3>{t(`hotwash.steps.${step}.title`)}</h3>
            <ul>
              {PROMPTS.map((prompt) => (
                <li key={prompt}>{t(`hotwash.steps.${step}.${prompt}`)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
