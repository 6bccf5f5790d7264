import { GlossaryText } from '../../components/glossary-text';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';

/** Where the story stands: the current move's period, title and situation. */
export function MoveSituation({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const move = view.scenario.moves.find((candidate) => candidate.number === view.exercise.move);
  if (move === undefined) return null;
  const title = (
    <h2 id="situation-title">
      {move.practice === true
        ? t('team.situation.practice')
        : t('team.situation.move', { move: move.number })}
      : {localize(move.title, language)}
    </h2>
  );
  const body = (
    <>
      <p className="tr-hint">{localize(move.period, language)}</p>
      <p>
        <GlossaryText text={localize(move.situation, language)} />
      </p>
      {move.practice === true && <p className="tr-hint">{t('team.situation.practiceHint')}</p>}
    </>
  );
  // Once the move's results are out, the team has read its situation: folded, so that
  // the results come first on a phone (the title still says which move it was).
  if (view.exercise.phase === 'results') {
    return (
      <section className="panel tr-situation" aria-labelledby="situation-title">
        <details data-testid="situation-folded">
          <summary>{title}</summary>
          {body}
        </details>
      </section>
    );
  }
  return (
    <section className="panel tr-situation" aria-labelledby="situation-title">
      {title}
      {body}
    </section>
  );
}
