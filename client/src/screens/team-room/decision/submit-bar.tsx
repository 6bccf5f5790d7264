import { useTranslation } from 'react-i18next';
import type { RosterEntry } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import type { CommandFailure } from '../../../exercise/use-command';
import type { DraftProblem } from './draft-model';

/**
 * The foot of the form: what is still missing, then the lead's submit
 * button, or, for everybody else, who will submit (everyone may edit).
 * The lead's button stays at the bottom of the screen wherever the form is
 * scrolled, with the one line that says why it waits, if it does.
 */
export function SubmitBar({
  isLead,
  lead,
  problems,
  accepting,
  turnOpen,
  waitReason,
  pending,
  error,
}: {
  isLead: boolean;
  lead: RosterEntry | null;
  problems: DraftProblem[];
  accepting: boolean;
  /** It is the team's turn: the engine takes its decision now. */
  turnOpen: boolean;
  /** Why the team cannot submit yet (before its turn). */
  waitReason: string | null;
  pending: boolean;
  error: CommandFailure | null;
}) {
  const { t } = useTranslation();
  const paused = turnOpen && !accepting;
  let barLine: string;
  if (waitReason !== null) barLine = waitReason;
  else if (paused) barLine = t('team.form.notAccepting');
  else if (problems.length > 0) barLine = t('team.form.stillMissing', { count: problems.length });
  else barLine = t('team.form.submitHint');
  return (
    <div className="tr-submit">
      {problems.length > 0 && (
        <div className="tr-problems" id="decision-problems">
          <p>{t('team.problem.title')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{t(`team.problem.${problem}`)}</li>
            ))}
          </ul>
        </div>
      )}
      {/* The lead reads why in the sticky bar, which stays in view: said once, there. */}
      {waitReason !== null && !isLead && (
        <p id="decision-wait" className="tr-hint tr-submit-wait" data-testid="submit-wait">
          {waitReason}
        </p>
      )}
      {paused && <p className="tr-hint">{t('team.form.notAccepting')}</p>}
      {isLead ? (
        <>
          <div className="action-bar" data-testid="decision-action-bar">
            {/* A refusal shows where the button is, wherever the page is scrolled. */}
            <div className="action-bar-error">
              <CommandError error={error} />
            </div>
            {waitReason !== null ? (
              <p id="decision-wait" className="action-bar-line" data-testid="submit-wait">
                {waitReason}
              </p>
            ) : (
              <p className="action-bar-line" aria-hidden="true">
                {barLine}
              </p>
            )}
            <button
              type="submit"
              data-testid="submit-decision"
              data-primary-action
              disabled={pending || problems.length > 0 || !accepting || !turnOpen}
              aria-describedby={
                [
                  waitReason === null ? null : 'decision-wait',
                  problems.length > 0 ? 'decision-problems' : null,
                ]
                  .filter((id) => id !== null)
                  .join(' ') || undefined
              }
            >
              {pending ? t('team.form.submitting') : t('team.form.submit')}
            </button>
          </div>
        </>
      ) : (
        <p className="tr-not-lead" data-testid="not-lead">
          {lead === null ? t('team.form.noLead') : t('team.form.notLead', { name: lead.name })}
        </p>
      )}
    </div>
  );
}
