import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView, KnowledgeAnswers, KnowledgeQuestionView } from '@borderline/shared';
import { CommandError } from '../../components/command-error';
import { useCommand } from '../../exercise/use-command';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { KnowledgeReview } from './knowledge-review';
import './knowledge-check.css';

/**
 * A team player's knowledge check: the quiz while a sitting is open and not
 * yet taken, then the player's own score, and after the debrief's sitting
 * the right answers with their explanations. Nothing for Control, the
 * observers and the projector (their view carries no check of their own).
 */
export function KnowledgeCheckPanel({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const check = view.knowledgeCheck;
  if (check === null || view.recipient.kind !== 'team') return null;
  const own = view.ownKnowledgeCheck;
  const taken = (sitting: 'before' | 'after') =>
    own.attempts.find((entry) => entry.attempt === sitting);
  const before = taken('before');
  const after = taken('after');
  const open = check.open;
  const mayAnswer = open !== null && taken(open) === undefined;
  if (!mayAnswer && before === undefined && after === undefined) return null;

  return (
    <section
      className="panel knowledge-check"
      aria-labelledby="knowledge-check-title"
      data-testid="knowledge-check"
    >
      <h2 id="knowledge-check-title">{t('quiz.title')}</h2>
      {before !== undefined && (
        <p data-testid="knowledge-score-before">{t('quiz.scoreBefore', { ...before.score })}</p>
      )}
      {after !== undefined && (
        <p data-testid="knowledge-score-after">{t('quiz.scoreAfter', { ...after.score })}</p>
      )}
      {before !== undefined && after === undefined && open !== 'after' && (
        <p className="knowledge-hint">{t('quiz.waitAfter')}</p>
      )}
      {mayAnswer && (
        <KnowledgeSitting
          key={`${view.exercise.id}:${open}`}
          questions={check.questions}
          sitting={open}
        />
      )}
      {own.review !== null && <KnowledgeReview questions={check.questions} review={own.review} />}
    </section>
  );
}

/**
 * A sitting not yet taken: folded behind one button that says how long it
 * is, so the page around it stays short on a phone; opened, what it is for,
 * then the quiz with its send button in a bar kept at the foot of the
 * screen. Folding it again keeps the answers chosen. The focus follows: to
 * the quiz when it opens, back to the button when it folds.
 */
function KnowledgeSitting({
  questions,
  sitting,
}: {
  questions: KnowledgeQuestionView[];
  sitting: 'before' | 'after';
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const command = useCommand();
  const [opened, setOpened] = useState(false);
  // False until the player opens or folds it: the page's first render moves no focus.
  const [toggled, setToggled] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const introRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!toggled) return;
    (opened ? introRef.current : startRef.current)?.focus();
  }, [opened, toggled]);
  const toggle = (open: boolean) => {
    setOpened(open);
    setToggled(true);
  };
  const [answers, setAnswers] = useState<KnowledgeAnswers>({});
  const left = questions.filter((question) => answers[question.id] === undefined).length;
  const intro = sitting === 'before' ? t('quiz.introBefore') : t('quiz.introAfter');

  if (!opened) {
    return (
      <div className="knowledge-start">
        <button
          ref={startRef}
          type="button"
          data-testid="knowledge-start"
          aria-expanded="false"
          onClick={() => toggle(true)}
        >
          {Object.keys(answers).length > 0
            ? t('quiz.resume', { count: left })
            : t('quiz.start', { count: questions.length })}
        </button>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await command.send({ type: 'player.answerKnowledgeCheck', attempt: sitting, answers });
  };

  return (
    <form className="knowledge-form" data-testid="knowledge-form" onSubmit={submit}>
      <p ref={introRef} tabIndex={-1}>
        {intro}
      </p>
      <ol className="knowledge-questions">
        {questions.map((question, i) => (
          <li key={question.id}>
            <fieldset data-testid={`knowledge-question-${question.id}`}>
              <legend>
                <span className="knowledge-number">
                  {t('quiz.question', { number: i + 1, count: questions.length })}
                </span>
                {localize(question.prompt, language)}
              </legend>
              {question.options.map((option) => (
                <label key={option.id} className="knowledge-option">
                  <input
                    type="radio"
                    name={`knowledge-${question.id}`}
                    value={option.id}
                    checked={answers[question.id] === option.id}
                    onChange={() => setAnswers({ ...answers, [question.id]: option.id })}
                  />
                  <span>{localize(option.text, language)}</span>
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="action-bar knowledge-actions" data-testid="knowledge-action-bar">
        <div className="action-bar-error">
          <CommandError error={command.error} />
        </div>
        <p className="action-bar-line" id="knowledge-left">
          {left > 0 ? t('quiz.unanswered', { count: left }) : t('quiz.allAnswered')}
        </p>
        <button
          type="button"
          className="secondary"
          data-testid="knowledge-later"
          aria-expanded="true"
          onClick={() => toggle(false)}
        >
          {t('quiz.later')}
        </button>
        <button
          type="submit"
          disabled={left > 0 || command.pending}
          data-testid="knowledge-submit"
          data-primary-action
          aria-describedby="knowledge-left"
        >
          {t('quiz.submit')}
        </button>
      </div>
    </form>
  );
}
