import { useTranslation } from 'react-i18next';
import type { HandCard } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { cardBlock } from './draft-model';
import { HandCardItem } from './hand-card-item';

/**
 * The team's hand to read before drafting opens: every card with its odds,
 * effects, costs, limits and conditions, and no checkbox (nothing to tick
 * yet, so nothing that looks usable and is not).
 */
export function HandPreview({
  hand,
  uses,
  names,
}: {
  hand: HandCard[];
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
            // Its conditions are told in its facts; being used up is worth the warning.
            block={cardBlock(card) === 'usedUp' ? 'usedUp' : null}
            names={names}
          />
        ))}
      </ul>
    </section>
  );
}
