import { useTranslation } from 'react-i18next';
import type { HandCard, Rules, Track } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { cardBlock, tickWouldExceed } from './draft-model';
import { HandCardItem, type CardBlock } from './hand-card-item';

/**
 * The team's hand as checkboxes, within the scenario's rules: once the
 * maximum of cards (or of covert cards) is ticked, the others say so and
 * wait until one is unticked.
 */
export function CardPicker({
  hand,
  uses,
  rules,
  selected,
  onChange,
  tracks,
  names,
}: {
  hand: HandCard[];
  tracks: readonly Track[];
  uses: Record<string, number>;
  rules: Rules;
  selected: string[];
  onChange: (cards: string[]) => void;
  names: Names;
}) {
  const { t } = useTranslation();
  const blockOf = (card: HandCard, checked: boolean): CardBlock | null => {
    const own = cardBlock(card);
    if (own !== null || checked) return own;
    return tickWouldExceed(selected, card, hand, uses, rules);
  };
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter((card) => card !== id));

  return (
    <fieldset className="tr-cards">
      <legend>{t('team.form.cards')}</legend>
      <p className="tr-hint">
        {t('team.form.cardRules', {
          count: rules.maxActionsPerDecision,
          covert: t('team.form.covertLimit', { count: rules.maxCovertPerMove }),
        })}
      </p>
      <ul>
        {hand.map((card) => {
          const checked = selected.includes(card.id);
          return (
            <HandCardItem
              key={card.id}
              card={card}
              used={uses[card.id] ?? 0}
              checked={checked}
              block={blockOf(card, checked)}
              onToggle={(next) => toggle(card.id, next)}
              tracks={tracks}
              names={names}
            />
          );
        })}
      </ul>
    </fieldset>
  );
}
