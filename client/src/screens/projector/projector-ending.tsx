import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExerciseView, Language } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { useNames } from '../../exercise/view-names';
import { ScoreSummary } from './score-summary';

/** The ending's name: the scenario's title for it, or how the play ended. */
export function endingTitle(view: ExerciseView, t: TFunction, language: Language): string {
  const { ending } = view;
  if (ending === null) return '';
  return ending.title !== null
    ? localize(ending.title, language)
    : t(`hotwash.ending.kind.${ending.state.kind}`);
}

/** The ending that forces a choice on one team: the prompt and its options, while the team chooses. */
export function ProjectorDilemma({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useNames(view);
  const dilemma = view.ending?.dilemma ?? null;
  if (view.ending === null || dilemma === null) return null;
  const team = names.team(dilemma.team);
  return (
    <section
      className="projector-dilemma"
      data-testid="projector-dilemma"
      aria-labelledby="projector-dilemma-title"
    >
      <p className="projector-kicker">{endingTitle(view, t, language)}</p>
      <h2 id="projector-dilemma-title">{t('screen.projector.dilemma.title', { team })}</h2>
      <p className="projector-clamp projector-prompt">{localize(dilemma.prompt, language)}</p>
      <ul className="projector-options">
        {dilemma.options.map((option) => (
          <li key={option.id} data-option={option.id}>
            <strong>{localize(option.label, language)}</strong>
            <span className="projector-clamp">{localize(option.text, language)}</span>
          </li>
        ))}
      </ul>
      <p className="projector-muted">{t('screen.projector.dilemma.awaiting', { team })}</p>
    </section>
  );
}

/** Once the play is over: how it ended (and what the dilemma's team chose), and every team's score. */
export function ProjectorEnding({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useNames(view);
  const { ending } = view;
  const chosen = ending?.state.dilemma ?? null;
  const option = ending?.dilemma?.options.find((candidate) => candidate.id === chosen?.option);
  return (
    <section
      className="projector-ending"
      data-testid="projector-ending"
      aria-labelledby="projector-ending-title"
    >
      {ending !== null && (
        <>
          <p className="projector-kicker">
            {t('hotwash.ending.title')} · {t(`hotwash.ending.kind.${ending.state.kind}`)}
          </p>
          <h2 id="projector-ending-title">{endingTitle(view, t, language)}</h2>
          {ending.text !== null && (
            <p className="projector-clamp projector-ending-text">
              {localize(ending.text, language)}
            </p>
          )}
          {ending.dilemma !== null && option !== undefined && (
            <p>
              <strong>{names.team(ending.dilemma.team)}</strong>:{' '}
              {t('hotwash.ending.chosen', { option: localize(option.label, language) })}
            </p>
          )}
        </>
      )}
      <ScoreSummary view={view} screen="projector" />
    </section>
  );
}
