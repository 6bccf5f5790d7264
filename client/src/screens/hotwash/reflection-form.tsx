import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_REFLECTION_ANSWER,
  type ExerciseView,
  type Reflection,
  type ReflectionAnswers,
} from '@borderline/shared';
import { CommandError } from '../../components/command-error';
import { useCommand } from '../../exercise/use-command';
import { useLanguage } from '../../i18n/use-language';
import { ReflectionAnswersList } from './reflection-answers';
import { ReflectionPromptLabel } from './reflection-prompt-label';
import { REFLECTION_FIELDS, useReflectionDraft } from './reflection-draft';

/** The newest of a player's reflections: a revision replaces the earlier one. */
export function latestReflection(view: ExerciseView, player: string): Reflection | null {
  return view.reflections
    .filter((reflection) => reflection.player === player)
    .reduce<Reflection | null>(
      (latest, r) => (latest === null || r.at >= latest.at ? r : latest),
      null,
    );
}

/** Only the answers written, trimmed: the engine refuses a reflection with none. */
function written(answers: ReflectionAnswers): ReflectionAnswers {
  const kept: ReflectionAnswers = {};
  for (const field of REFLECTION_FIELDS) {
    const text = answers[field]?.trim() ?? '';
    if (text !== '') kept[field] = text;
  }
  return kept;
}

/**
 * A player's own written reflection: one box per debrief question, kept
 * through a reload, sent with `player.submitReflection` and revisable while
 * the hotwash lasts (the engine keeps every version; the newest counts).
 */
export function ReflectionForm({ view, player }: { view: ExerciseView; player: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mine = latestReflection(view, player);
  const draft = useReflectionDraft(view.exercise.id, player, mine?.answers ?? null);
  const command = useCommand();
  const open = view.exercise.tags.includes('accepting-reflections');
  const empty = Object.keys(written(draft.answers)).length === 0;
  const time = (at: number) => new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(at);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await command.send({
      type: 'player.submitReflection',
      answers: written(draft.answers),
    });
    if (ok) draft.submitted();
  };

  let status: string;
  if (!open) status = t('hotwash.reflection.notNow');
  else if (mine === null) status = t('hotwash.reflection.notSent');
  else if (draft.dirty) status = t('hotwash.reflection.revising');
  else status = t('hotwash.reflection.sent', { time: time(mine.at) });

  return (
    <>
      {view.exercise.phase === 'hotwash' && (
        <form className="reflection-form" data-testid="reflection-form" onSubmit={submit}>
          <h3>{t('hotwash.reflection.title')}</h3>
          <p>{t('hotwash.reflection.intro')}</p>
          {REFLECTION_FIELDS.map((field) => {
            const text = draft.answers[field] ?? '';
            return (
              <div key={field} className="reflection-field">
                <ReflectionPromptLabel view={view} field={field} />
                <textarea
                  id={`reflection-${field}`}
                  data-testid={`reflection-${field}`}
                  rows={3}
                  maxLength={MAX_REFLECTION_ANSWER}
                  value={text}
                  aria-describedby={`reflection-${field}-objective reflection-${field}-count`}
                  onChange={(event) => draft.change(field, event.target.value)}
                />
                <p id={`reflection-${field}-count`} className="reflection-count">
                  {t('hotwash.reflection.count', {
                    length: text.length,
                    max: MAX_REFLECTION_ANSWER,
                  })}
                </p>
              </div>
            );
          })}
          {/* The send button stays in view while the form is on the page, with its status and any refusal. */}
          <div className="action-bar" data-testid="reflection-action-bar">
            <div className="action-bar-error">
              <CommandError error={command.error} />
            </div>
            <p role="status" className="reflection-status action-bar-line">
              {status}
            </p>
            <button
              type="submit"
              data-testid="submit-reflection"
              data-primary-action
              disabled={!open || command.pending || empty || !draft.dirty}
            >
              {mine === null ? t('hotwash.reflection.submit') : t('hotwash.reflection.resubmit')}
            </button>
          </div>
        </form>
      )}
      {mine !== null && (
        <section
          className="my-reflection"
          data-testid="my-reflection"
          aria-labelledby="my-reflection-title"
        >
          <h3 id="my-reflection-title">{t('hotwash.reflection.mine', { time: time(mine.at) })}</h3>
          <ReflectionAnswersList answers={mine.answers} />
        </section>
      )}
      {view.exercise.phase === 'ended' && mine === null && (
        <p>{t('hotwash.reflection.noneSent')}</p>
      )}
    </>
  );
}
