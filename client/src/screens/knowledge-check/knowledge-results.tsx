import { useTranslation } from 'react-i18next';
import type { ExerciseView, KnowledgeScore } from '@borderline/shared';
import { useNames } from '../../exercise/view-names';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { BeforeAfterTable } from './before-after-table';
import './knowledge-check.css';

/**
 * Control's knowledge check: who has answered the open sitting, each
 * player's and each team's before and after scores, and per question how
 * many got it right. The numbers come with the view (the projection scores).
 */
export function KnowledgeResults({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useNames(view);
  const check = view.knowledgeCheck;
  const results = check?.results ?? null;
  if (check === null || results === null) return null;
  const players = view.roster.filter((entry) => entry.team !== null && !entry.isBot);
  const sitting = check.open;
  const answered = (kind: 'before' | 'after') =>
    results.players.filter((entry) => entry[kind] !== null).map((entry) => entry.player);
  const waiting =
    sitting === null
      ? []
      : players.filter((entry) => !answered(sitting).includes(entry.id)).map((entry) => entry.name);
  const score = (value: KnowledgeScore | null) =>
    value === null ? t('quiz.control.notTaken') : t('quiz.control.scoreOf', { ...value });
  const share = (value: KnowledgeScore) =>
    value.total === 0 ? '–' : `${Math.round((100 * value.correct) / value.total)}%`;

  return (
    <section
      className="panel knowledge-results"
      aria-labelledby="knowledge-results-title"
      data-testid="knowledge-results"
    >
      <h2 id="knowledge-results-title">{t('quiz.control.title')}</h2>
      {(['before', 'after'] as const).map((kind) =>
        kind === 'after' && sitting !== 'after' && answered('after').length === 0 ? null : (
          <p key={kind} data-testid={`knowledge-answered-${kind}`}>
            {t(kind === 'before' ? 'quiz.control.answeredBefore' : 'quiz.control.answeredAfter', {
              count: answered(kind).length,
              players: players.length,
            })}
          </p>
        ),
      )}
      {waiting.length > 0 && (
        <p className="knowledge-hint">{t('quiz.control.waiting', { names: waiting.join(', ') })}</p>
      )}
      {results.players.length === 0 ? (
        <p>{t('quiz.control.none')}</p>
      ) : (
        <>
          <BeforeAfterTable
            about={[t('quiz.control.player'), t('quiz.control.team')]}
            rows={results.players.map((entry) => ({
              key: entry.player,
              about: [
                names.person(entry.player) ?? t('quiz.control.notTaken'),
                names.team(entry.team),
              ],
              before: score(entry.before),
              after: score(entry.after),
            }))}
          />
          <h3>{t('quiz.control.teams')}</h3>
          <BeforeAfterTable
            about={[t('quiz.control.team')]}
            rows={results.teams.map((entry) => ({
              key: entry.team,
              about: [names.team(entry.team)],
              before: share(entry.before),
              after: share(entry.after),
            }))}
          />
          <h3>{t('quiz.control.questions')}</h3>
          <ol className="knowledge-questions">
            {results.questions.map((entry) => {
              const question = check.questions.find((candidate) => candidate.id === entry.question);
              if (question === undefined) return null;
              const right = question.options.find((option) => option.id === entry.correctOption);
              return (
                <li key={entry.question}>
                  <p className="knowledge-prompt">{localize(question.prompt, language)}</p>
                  <p className="knowledge-hint">
                    {t('quiz.control.correctAnswer', {
                      answer: right === undefined ? '' : localize(right.text, language),
                    })}
                  </p>
                  <p>
                    {t('quiz.control.before')}: {t('quiz.control.rightOf', { ...entry.before })} ·{' '}
                    {t('quiz.control.after')}: {t('quiz.control.rightOf', { ...entry.after })}
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
