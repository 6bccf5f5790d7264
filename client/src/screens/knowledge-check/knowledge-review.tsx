import { useTranslation } from 'react-i18next';
import type { KnowledgeQuestionView, KnowledgeReviewItem } from '@borderline/shared';
import { FailureIcon, Glyph, SuccessIcon } from '../../components/icons';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';

/** After the debrief's sitting: per question, the player's answers, the right one, why, and the source. */
export function KnowledgeReview({
  questions,
  review,
}: {
  questions: KnowledgeQuestionView[];
  review: KnowledgeReviewItem[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const optionText = (question: KnowledgeQuestionView, id: string | null) => {
    const option = question.options.find((candidate) => candidate.id === id);
    return option === undefined ? t('quiz.noAnswer') : localize(option.text, language);
  };
  return (
    <div className="knowledge-review" data-testid="knowledge-review">
      <h3>{t('quiz.review')}</h3>
      <ol className="knowledge-questions">
        {review.map((item) => {
          const question = questions.find((candidate) => candidate.id === item.question);
          if (question === undefined) return null;
          const right = item.after === item.correctOption;
          const excerpt =
            language === 'es' && item.source.translation !== undefined
              ? item.source.translation.es
              : item.source.excerpt;
          return (
            <li key={item.question} className={right ? 'knowledge-right' : 'knowledge-wrong'}>
              <p className="knowledge-prompt">
                <span
                  className={right ? 'knowledge-mark knowledge-mark-right' : 'knowledge-mark'}
                  data-testid="knowledge-mark"
                >
                  <Glyph icon={right ? SuccessIcon : FailureIcon} />
                  {right ? t('quiz.right') : t('quiz.wrong')}
                </span>{' '}
                <span className="knowledge-prompt-text">{localize(question.prompt, language)}</span>
              </p>
              <p>{t('quiz.yourAnswer', { answer: optionText(question, item.after) })}</p>
              {item.before !== null && item.before !== item.after && (
                <p className="knowledge-hint">
                  {t('quiz.yourAnswerBefore', { answer: optionText(question, item.before) })}
                </p>
              )}
              {!right && (
                <p>
                  {t('quiz.correctAnswer', { answer: optionText(question, item.correctOption) })}
                </p>
              )}
              <p className="knowledge-explanation">{localize(item.explanation, language)}</p>
              <p className="knowledge-source">
                {t('quiz.source', { line: item.source.line, excerpt })}
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
