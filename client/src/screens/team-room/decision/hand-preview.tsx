import { useTranslation } from 'react-i18next';
import type { HandCard, Track } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { cardBlock } from './draft-model';
import { HandCardItem } from './hand-card-item';

/**
 * The team's hand to read before drafting opens: every card at a glance
 * (what it waits for, if it cannot be played), its details on demand, and
 * no checkbox (nothing to tick yet, so nothing that looks usable and is not).
 */
export function HandPreview({
  hand,
  uses,
  tracks,
  names,
}: {
  hand: HandCard[];
  tracks: readonly Track[];
  uses: Record<string, number>;
  names: Names;
}) {
  const { t } = useTranslation();
  return (
    <section className="tr-cards tr-hand" data-testid="hand-preview" aria-labelledby="hand-title">
      <h3 id="hand-title">{t('team.hand.title')}</h3>
      <p className="tr-hint">{t('team.hand.hint')}</p>
      <ul>
        {hand.map((card) => (
          <HandCardItem
            key={card.id}
            card={card}
            used={uses[card.id] ?? 0}
            block={cardBlock(card)}
            tracks={tracks}
            names={names}
          />
        ))}
      </ul>
    </section>
  );
}
