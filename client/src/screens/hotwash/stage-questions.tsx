import { useTranslation } from 'react-i18next';
import type { DebriefStage, ExerciseView, GuideQuestionView } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import './stage-questions.css';

const GENERIC_PROMPTS = ['q1', 'q2', 'q3'] as const;
/** How many of a stage's guide questions a player sees before the fold. */
const FIRST_FEW = 3;

/** The objective a question serves, by its number in the scenario's list and its kind. */
function ObjectiveTag({ view, question }: { view: ExerciseView; question: GuideQuestionView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const objectives = view.scenario.learningObjectives;
  const position = objectives.findIndex((objective) => objective.id === question.objective);
  const objective = objectives[position];
  if (objective === undefined) return null;
  return (
    <span className="tag guide-objective" title={localize(objective.text, language)}>
      {t('guide.objective', { number: position + 1 })} ·{' '}
      {t(`scenario.objectiveKind.${objective.kind}`)}
    </span>
  );
}

/**
 * One stage's questions, as the view gives them: the scenario's guide
 * questions that apply to this game, in priority order (Control reads its
 * facilitator notes beside each), then the questions of the cards released
 * in the game, folded. Without a guide, the stage's generic prompts.
 *
 * `room`: the projector's large type, never scrolled; the first `limit`
 * guide questions, and how many more the screens hold.
 */
export function StageQuestions({
  view,
  stage,
  room = false,
  limit,
}: {
  view: ExerciseView;
  stage: DebriefStage;
  room?: boolean;
  limit?: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const questions = view.debrief?.[stage];
  const guide = questions?.guide ?? [];
  const cards = questions?.cards ?? [];
  const withNotes = guide.some((question) => question.notes !== null);
  if (guide.length === 0) {
    return (
      <ul className="debrief-prompts" data-testid="debrief-questions" data-guide="false">
        {GENERIC_PROMPTS.map((prompt) => (
          <li key={prompt}>{t(`hotwash.steps.${stage}.${prompt}`)}</li>
        ))}
      </ul>
    );
  }
  const shown = limit === undefined ? guide : guide.slice(0, limit);
  const hidden = guide.length - shown.length;
  // A player's phone shows the first few; the rest open on demand. Control reads them all.
  const folds = !room && view.recipient.kind !== 'facilitator' && shown.length > FIRST_FEW + 1;
  const first = folds ? shown.slice(0, FIRST_FEW) : shown;
  const rest = folds ? shown.slice(FIRST_FEW) : [];
  const item = (question: GuideQuestionView) => (
    <li
      key={question.id}
      className="guide-question"
      data-testid="guide-question"
      data-question={question.id}
      data-asked={question.asked}
    >
      <div className="guide-question-main">
        <p className="guide-question-text">{localize(question.text, language)}</p>
        {!room && (
          <p className="guide-question-meta">
            <ObjectiveTag view={view} question={question} />
            {question.asked !== 'always' && (
              <span className="tag guide-adapted">
                {question.asked === 'ending' ? t('guide.askedEnding') : t('guide.askedCourse')}
              </span>
            )}
          </p>
        )}
      </div>
      {question.notes !== null && (
        <p className="guide-notes" data-testid="guide-notes">
          <strong>{t('guide.notes')}</strong> {localize(question.notes, language)}
        </p>
      )}
    </li>
  );
  return (
    <div className="stage-questions" data-testid="debrief-questions" data-guide="true">
      <ol className={withNotes ? 'guide-questions with-notes' : 'guide-questions'}>
        {first.map(item)}
      </ol>
      {rest.length > 0 && (
        <details className="guide-rest" data-testid="guide-rest">
          <summary>{t('guide.rest', { count: rest.length })}</summary>
          <ol
            className={withNotes ? 'guide-questions with-notes' : 'guide-questions'}
            start={FIRST_FEW + 1}
          >
            {rest.map(item)}
          </ol>
        </details>
      )}
      {room
        ? (hidden > 0 || cards.length > 0) && (
            <p className="guide-more" data-testid="guide-more">
              {/* Each screen holds its own cards' questions (Control's all, a team's its
                  own), so the room is told the stage's total, never a count of cards. */}
              {hidden > 0
                ? t('guide.allOnScreens', { count: guide.length })
                : t('guide.cardsOnScreens')}
            </p>
          )
        : cards.length > 0 && (
            <details className="card-questions" data-testid="card-questions">
              <summary>
                {t(view.recipient.kind === 'facilitator' ? 'guide.cardsControl' : 'guide.cards', {
                  count: cards.length,
                })}
              </summary>
              <ul>
                {cards.map((card, index) => (
                  <li key={index} data-inject={card.inject}>
                    {localize(card.text, language)}{' '}
                    <span className="card-question-from">
                      {t('guide.from', { card: localize(card.title, language) })}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          )}
    </div>
  );
}
