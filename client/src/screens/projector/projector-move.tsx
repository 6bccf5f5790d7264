import { useTranslation } from 'react-i18next';
import type { ExerciseView, InjectView } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { moveLabel } from './move-label';

/** Earlier cards listed by title under the latest one; the rest are counted. */
const EARLIER_SHOWN = 4;

/** The cards released to everybody, newest first. */
export function publicInjects(view: ExerciseView): InjectView[] {
  return (
    view.injects
      .filter((inject) => inject.audience === 'all')
      // The view lists them in order of release (cards released together share a time): reversed, as the players read them.
      .reverse()
  );
}

/** The move's name, its period and (when `situation`) what the situation is. */
export function ProjectorMoveTitle({
  view,
  situation,
}: {
  view: ExerciseView;
  situation: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { move } = view.exercise;
  const info = view.scenario.moves.find((candidate) => candidate.number === move);
  if (info === undefined) return null;
  return (
    <section className="projector-move" aria-labelledby="projector-move-title">
      <h2 id="projector-move-title">
        <span className="projector-kicker">
          {moveLabel(t, move)} · {localize(info.period, language)}
        </span>
        {localize(info.title, language)}
      </h2>
      {situation && (
        <p className="projector-situation projector-clamp">{localize(info.situation, language)}</p>
      )}
    </section>
  );
}

/** Titles of cards, each with its move; those past `EARLIER_SHOWN` counted. */
function InjectTitles({ view, injects }: { view: ExerciseView; injects: InjectView[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const shown = injects.slice(0, EARLIER_SHOWN);
  const more = injects.length - shown.length;
  return (
    <ul className="projector-titles">
      {shown.map((inject) => (
        <li key={inject.id} data-inject-line={inject.id}>
          {inject.release.move !== view.exercise.move && (
            <span className="projector-muted">{moveLabel(t, inject.release.move)} · </span>
          )}
          {localize(inject.title, language)}
        </li>
      ))}
      {more > 0 && (
        <li className="projector-muted">{t('screen.projector.andMore', { count: more })}</li>
      )}
    </ul>
  );
}

/**
 * The newest card released to everybody, large (its kind, sender, date,
 * title and text), and the ones before it by title only: what is new leads,
 * and nothing needs scrolling. Not `full` (the briefing): titles only.
 */
export function ProjectorInjects({ view, full }: { view: ExerciseView; full: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const injects = publicInjects(view);
  const [latest, ...earlier] = injects;
  // The briefing lists what is already out, if anything; the cards' own phase says when none is.
  if (latest === undefined && !full) return null;
  if (latest === undefined) {
    return (
      <section className="projector-injects" aria-labelledby="projector-injects-title">
        <h2 id="projector-injects-title" className="projector-label">
          {t('screen.injects.title')}
        </h2>
        <p className="projector-muted">{t('screen.projector.noInject')}</p>
      </section>
    );
  }
  if (!full) {
    return (
      <section className="projector-injects" aria-labelledby="projector-injects-title">
        <h2 id="projector-injects-title" className="projector-label">
          {t('screen.injects.title')}
        </h2>
        <InjectTitles view={view} injects={injects} />
      </section>
    );
  }
  return (
    <section
      className="projector-injects"
      data-testid="projector-injects"
      aria-labelledby="projector-latest-title"
    >
      <article className="projector-latest" data-inject={latest.id}>
        <p className="projector-kicker">
          {t('screen.projector.latest')} · {t(`common.inject.kind.${latest.kind}`)} · {latest.date}{' '}
          · {localize(latest.from, language)}
        </p>
        <h2 id="projector-latest-title" className="projector-latest-title">
          {localize(latest.title, language)}
        </h2>
        <p className="projector-latest-body projector-clamp">{localize(latest.body, language)}</p>
      </article>
      {earlier.length > 0 && (
        <section className="projector-earlier" aria-labelledby="projector-earlier-title">
          <h3 id="projector-earlier-title" className="projector-label">
            {t('screen.projector.earlier')}
          </h3>
          <InjectTitles view={view} injects={earlier} />
        </section>
      )}
    </section>
  );
}
