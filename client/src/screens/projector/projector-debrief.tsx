import { useTranslation } from 'react-i18next';
import { DEBRIEF_STEPS } from '../hotwash/debrief-step';

const PROMPTS = ['q1', 'q2', 'q3'] as const;

/** The hotwash on the room's screen: the debrief's four stages and their questions, side by side. */
export function ProjectorDebrief() {
  const { t } = useTranslation();
  return (
    <section
      className="projector-debrief"
      data-testid="projector-debrief"
      aria-labelledby="projector-debrief-title"
    >
      <h2 id="projector-debrief-title" className="projector-label">
        {t('screen.debrief')}
      </h2>
      <ol>
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
