import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { CommandError } from '../../components/command-error';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useCommand } from '../../exercise/use-command';
import { localize } from '../../i18n/localize';
import type { Names } from '../../exercise/view-names';
import { EffectList } from './track-words';

/**
 * The forced choice an ending brings: the situation, the options with what
 * each does to the tracks; the lead of the team concerned chooses (and is
 * asked once to confirm: the answer cannot be changed), everyone else sees
 * who must.
 */
export function DilemmaSection({
  view,
  ownTeam,
  names,
}: {
  view: ExerciseView;
  ownTeam: string | null;
  names: Names;
}) {
  const { t } = useTranslation();
  const command = useCommand();
  const [asking, setAsking] = useState<string | null>(null);
  const ending = view.ending;
  const dilemma = ending?.dilemma ?? null;
  if (ending === null || dilemma === null) return null;
  const { language } = names;
  const ours = dilemma.team === ownTeam;
  const chooser = ours && (view.team?.isLead ?? false);
  const accepting = view.exercise.tags.includes('accepting-dilemma');
  const chosen = ending.state.dilemma?.option ?? null;
  const lead = view.roster.find((entry) => entry.team === dilemma.team && entry.isLead);
  const teamName = names.team(dilemma.team);
  const askedOption = dilemma.options.find((option) => option.id === asking);

  let who: string;
  if (chooser) who = t('team.dilemma.youChoose');
  else if (ours)
    who = lead ? t('team.dilemma.leadChooses', { name: lead.name }) : t('team.dilemma.noLead');
  else who = t('team.dilemma.otherChooses', { team: teamName });

  return (
    <section
      id="dilemma"
      className="panel tr-dilemma"
      data-testid="dilemma"
      aria-labelledby="dilemma-title"
    >
      <h2 id="dilemma-title">
        {t('team.dilemma.title')}
        {ending.title !== null && <>: {localize(ending.title, language)}</>}
      </h2>
      {ending.text !== null && <p>{localize(ending.text, language)}</p>}
      <p className="tr-dilemma-prompt">
        <strong>{localize(dilemma.prompt, language)}</strong>
      </p>
      <p aria-live="polite">{who}</p>
      <ul className="tr-options">
        {dilemma.options.map((option) => (
          <li key={option.id} data-option={option.id}>
            <h3>
              {localize(option.label, language)}
              {chosen === option.id && <> ({t('team.dilemma.chosen')})</>}
            </h3>
            <p>{localize(option.text, language)}</p>
            <EffectList effects={option.effects} names={names} />
            {chooser && (
              <button
                type="button"
                data-testid={`dilemma-option-${option.id}`}
                disabled={!accepting || command.pending || chosen !== null}
                data-primary-action
                onClick={() => {
                  command.clear();
                  setAsking(option.id);
                }}
              >
                {t('team.dilemma.choose', { option: localize(option.label, language) })}
              </button>
            )}
          </li>
        ))}
      </ul>
      <CommandError error={command.error} />
      {chooser && asking !== null && (
        <ConfirmDialog
          testId="dilemma-confirm"
          title={t('team.dilemma.confirmTitle', {
            option: askedOption === undefined ? '' : localize(askedOption.label, language),
          })}
          confirmLabel={t('team.dilemma.confirm')}
          cancelLabel={t('team.dilemma.cancel')}
          confirmDisabled={command.pending}
          onConfirm={() => {
            void command
              .send({ type: 'team.chooseDilemmaOption', option: asking })
              .finally(() => setAsking(null));
          }}
          onCancel={() => setAsking(null)}
        >
          <p>{t('team.dilemma.confirmText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
