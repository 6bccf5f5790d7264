import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DecisionDraft, DraftDecision } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import type { CommandFailure } from '../../../exercise/use-command';
import type { Names } from '../../../exercise/view-names';

/**
 * The shared draft in one line: what it says so far, who last changed it
 * and whether this member's own edits have reached the team yet. Who last
 * edited is a polite live region: a teammate's change is heard, one's own
 * typing is not read back.
 */
export function DraftStatus({
  draft,
  shared,
  ownId,
  unsent,
  syncError,
  names,
}: {
  draft: DraftDecision;
  shared: DecisionDraft | null;
  ownId: string | null;
  unsent: boolean;
  syncError: CommandFailure | null;
  names: Names;
}) {
  const { t } = useTranslation();
  const time = new Intl.DateTimeFormat(names.language, { timeStyle: 'short' });
  let editor: string | null = null;
  if (shared !== null) {
    const who = shared.playerId === ownId ? t('team.draft.you') : names.player(shared.playerId);
    editor = t('team.draft.lastEdited', { name: who, time: time.format(shared.at) });
  }
  return (
    <div className="tr-draft-status" data-testid="team-draft">
      <p>
        <strong>{t('team.draft.title')}:</strong> {draftSummary(draft, t, names)}
      </p>
      <p className="tr-hint">
        <span aria-live="polite">{editor ?? t('team.draft.none')}</span>
        {unsent && <> · {t('team.draft.unsent')}</>}
      </p>
      <CommandError error={syncError} />
    </div>
  );
}

/** What a draft says so far, in one line: its cards, its free-form action, or a hold. */
export function draftSummary(draft: DraftDecision, t: TFunction, names: Names): string {
  switch (draft.kind) {
    case 'actions': {
      const cards = draft.cards ?? [];
      return cards.length === 0
        ? t('team.draft.noCards')
        : t('team.draft.cards', { count: cards.length, cards: cards.map(names.card).join(', ') });
    }
    case 'freeform':
      return draft.description?.trim()
        ? t('team.draft.freeform', { description: draft.description.trim() })
        : t('team.draft.freeformEmpty');
    case 'hold':
      return t('team.draft.hold');
  }
}
