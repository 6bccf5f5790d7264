import { useTranslation } from 'react-i18next';
import type { EndingView, ExerciseView } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { TrackChanges } from './track-changes';
import { useNames } from '../../exercise/view-names';

/** The dilemma the ending forced on a team, and what the team chose. */
function DilemmaOutcome({ view, ending }: { view: ExerciseView; ending: EndingView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useNames(view);
  const { dilemma } = ending;
  if (dilemma === null) return null;
  const chosen = ending.state.dilemma;
  const option = dilemma.options.find((candidate) => candidate.id === chosen?.option);
  return (
    <div className="debrief-dilemma">
      <p className="debrief-label">
        {t('hotwash.ending.dilemma', { team: names.team(dilemma.team) })}
      </p>
      <p>{localize(dilemma.prompt, language)}</p>
      {option === undefined ? (
        <p>
          {view.exercise.phase === 'dilemma'
            ? t('hotwash.ending.awaiting', { team: names.team(dilemma.team) })
            : t('hotwash.ending.noChoice')}
        </p>
      ) : (
        <>
          <p>
            <strong>
              {t('hotwash.ending.chosen', { option: localize(option.label, language) })}
            </strong>{' '}
            {localize(option.text, language)}
          </p>
          <TrackChanges view={view} changes={chosen?.changes ?? []} />
        </>
      )}
    </div>
  );
}

/** How the game ended: the scenario's ending (title and text), why, and the dilemma if any. */
export function EndingSummary({
  view,
  headingLevel = 3,
}: {
  view: ExerciseView;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { ending } = view;
  if (ending === null) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="debrief-ending" data-ending={ending.state.id ?? 'none'}>
      <Heading>
        {t('hotwash.ending.title')}:{' '}
        {ending.title !== null
          ? localize(ending.title, language)
          : t(`hotwash.ending.kind.${ending.state.kind}`)}
      </Heading>
      <p className="debrief-note">
        {t(`hotwash.ending.kind.${ending.state.kind}`)} ·{' '}
        {t('hotwash.timeline.move', { move: ending.state.move })}
      </p>
      {ending.text !== null && <p>{localize(ending.text, language)}</p>}
      {ending.state.reason !== null && (
        <p>{t('hotwash.ending.reason', { reason: ending.state.reason })}</p>
      )}
      <DilemmaOutcome view={view} ending={ending} />
    </section>
  );
}
