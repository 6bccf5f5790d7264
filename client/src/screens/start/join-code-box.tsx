import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { checkJoinCode, type JoinCodeCheck } from './join-code-check';
import { Glyph, WarningIcon } from '../../components/icons';

/** The box where a player types the code off the projector; it goes to the join page. */
export function JoinCodeBox({ initial = '' }: { initial?: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState(initial);
  const [problem, setProblem] = useState<JoinCodeCheck | null>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkJoinCode(typed);
    if (check.ok) navigate(`/join/${check.code}`);
    else setProblem(check);
  };

  let message: string | null = null;
  if (problem !== null && !problem.ok) {
    if (problem.problem === 'empty') message = t('start.join.empty');
    else if (problem.problem === 'length')
      message = t('start.join.length', { count: problem.length });
    else message = t('start.join.characters');
  }

  return (
    <section className="panel join-code-box" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('start.join.title')}</h2>
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-code`}>{t('start.join.label')}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t('start.join.hint')}
        </p>
        <div className="join-code-row">
          <input
            id={`${id}-code`}
            data-testid="join-code-input"
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              setProblem(null);
            }}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={16}
            aria-invalid={message !== null}
            aria-describedby={message === null ? `${id}-hint` : `${id}-hint ${id}-error`}
          />
          <button type="submit" data-testid="join-code-submit">
            {t('start.join.submit')}
          </button>
        </div>
        {message !== null && (
          <p id={`${id}-error`} role="alert" className="field-error">
            <Glyph icon={WarningIcon} />
            {message}
          </p>
        )}
      </form>
    </section>
  );
}
