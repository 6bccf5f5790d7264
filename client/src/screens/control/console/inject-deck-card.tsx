import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingTrigger } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useCommand } from '../../../exercise/use-command';
import { localize } from '../../../i18n/localize';
import { useLanguage } from '../../../i18n/use-language';
import type { Names } from '../../../exercise/view-names';
import type { DeckCard } from './group-injects';
import { audienceText, causeText, moveName } from './inject-words';

/** An inject not released yet: what it is, when it would come out, and Release now (asked once). */
export function InjectDeckCard({
  card,
  pending,
  canRelease,
  offFormat = false,
  names,
}: {
  card: DeckCard;
  pending: PendingTrigger | null;
  canRelease: boolean;
  /** The format never releases it on schedule: say so instead of its schedule. */
  offFormat?: boolean;
  names: Names;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const command = useCommand();
  const [asking, setAsking] = useState(false);
  const title = localize(card.title, language);
  let rule: string;
  if (offFormat) rule = t('control.injects.ruleOffFormat');
  else if (card.release.type === 'scheduled')
    rule = t('control.injects.ruleScheduled', { move: moveName(card.release.move, t) });
  else if (card.release.type === 'manual') rule = t('control.injects.ruleManual');
  else if (card.release.fromMove !== undefined)
    rule = t('control.injects.ruleTriggeredFrom', { move: moveName(card.release.fromMove, t) });
  else rule = t('control.injects.ruleTriggered');

  return (
    <article className="control-inject" data-inject-card={card.id} data-pending={pending !== null}>
      <h4>{title}</h4>
      <p className="control-inject-meta">
        <span className="control-tag">{t(`common.inject.kind.${card.kind}`)}</span>{' '}
        {t('control.injects.audience', { audience: audienceText(card.audience, t, names) })} ·{' '}
        {rule}
      </p>
      {pending !== null && (
        <p className="control-warning">
          {t('control.injects.armed', {
            move: moveName(pending.fromMove, t),
            cause: causeText(pending.cause, t, names),
          })}
        </p>
      )}
      <p className="control-source">
        {t('control.injects.sourceLine', { line: card.source.line })} “{card.source.excerpt}”
      </p>
      <button
        type="button"
        className="secondary"
        data-testid={`release-${card.id}`}
        disabled={!canRelease || command.pending}
        onClick={() => {
          command.clear();
          setAsking(true);
        }}
      >
        {t(offFormat ? 'control.injects.releaseAnyway' : 'control.injects.release')}
        <span className="visually-hidden">{t('control.injects.releaseWhat', { title })}</span>
      </button>
      {asking && (
        <ConfirmDialog
          testId="release-dialog"
          title={t('control.injects.confirmTitle', { title })}
          confirmLabel={t('control.injects.release')}
          cancelLabel={t('control.cancel')}
          confirmDisabled={!canRelease || command.pending}
          onCancel={() => setAsking(false)}
          onConfirm={async () => {
            if (await command.send({ type: 'facilitator.releaseInject', inject: card.id }))
              setAsking(false);
          }}
        >
          <p>
            {t('control.injects.confirmText', {
              audience: audienceText(card.audience, t, names),
            })}
          </p>
          <CommandError error={command.error} />
        </ConfirmDialog>
      )}
      <CommandError error={command.error} />
    </article>
  );
}
