import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type ExerciseView } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';
import { useLanguage } from '../../../i18n/use-language';
import { moveName } from './inject-words';

/**
 * Control's narrative of what happened: the entries of this move, earlier
 * ones folded, and a box for the next. Entries written during review reach
 * the teams with the results.
 */
export function NarrativePanel({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const command = useCommand();
  const [text, setText] = useState('');
  const move = view.exercise.move;
  const current = view.narrative.filter((entry) => entry.move === move);
  const earlier = view.narrative.filter((entry) => entry.move !== move);
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
  const enabled = view.control?.open.addNarrative ?? false;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    if (await command.send({ type: 'facilitator.addNarrative', text: text.trim() })) setText('');
  };

  return (
    <section className="control-subsection control-narrative" aria-labelledby="narrative-title">
      <h3 id="narrative-title">{t('control.narrative.title')}</h3>
      {current.length === 0 ? (
        <p className="control-hint">{t('control.narrative.noneThisMove')}</p>
      ) : (
        <ol className="control-narrative-list">
          {current.map((entry, index) => (
            <li key={index}>
              <span className="control-hint">
                {time.format(entry.at)} · {t(`common.phase.${entry.phase}`)}
              </span>
              <p>{entry.text}</p>
            </li>
          ))}
        </ol>
      )}
      {earlier.length > 0 && (
        <details>
          <summary>{t('control.narrative.earlier', { count: earlier.length })}</summary>
          <ol className="control-narrative-list">
            {earlier.map((entry, index) => (
              <li key={index}>
                <span className="control-hint">
                  {moveName(entry.move, t)} · {t(`common.phase.${entry.phase}`)}
                </span>
                <p>{entry.text}</p>
              </li>
            ))}
          </ol>
        </details>
      )}
      <form onSubmit={add}>
        <label htmlFor="narrative-text">{t('control.narrative.label')}</label>
        <textarea
          id="narrative-text"
          data-testid="narrative"
          rows={4}
          maxLength={LIMITS.narrative}
          value={text}
          disabled={!enabled}
          onChange={(event) => setText(event.target.value)}
        />
        <button
          type="submit"
          className="secondary"
          data-testid="add-narrative"
          disabled={!enabled || text.trim() === '' || command.pending}
        >
          {t('control.narrative.add')}
        </button>
        <CommandError error={command.error} />
      </form>
    </section>
  );
}
