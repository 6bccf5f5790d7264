import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhatIfAnalysis, WhatIfDecision } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';

/** The analysis's ids in the reader's words: it carries the names it uses. */
export interface WhatIfNames {
  team: (id: string) => string;
  card: (id: string) => string;
  ending: (id: string | null) => string;
  decision: (decision: WhatIfDecision) => string;
}

export function useWhatIfNames(analysis: WhatIfAnalysis): WhatIfNames {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(() => {
    const { names } = analysis;
    const named = (list: Record<string, Parameters<typeof localize>[0]>, id: string) => {
      const text = list[id];
      return text === undefined ? id : localize(text, language);
    };
    const card = (id: string) => named(names.cards, id);
    return {
      team: (id) => named(names.teams, id),
      card,
      ending: (id) => (id === null ? t('whatIf.noNamedEnding') : named(names.endings, id)),
      decision: (decision) => {
        if (decision.kind === 'hold') return t('whatIf.hold');
        if (decision.kind === 'freeform') return t('whatIf.freeformChoice');
        const quoted = decision.cards.map((id) => `“${card(id)}”`);
        if (quoted.length === 2) return t('whatIf.and', { first: quoted[0], second: quoted[1] });
        return quoted.join(', ');
      },
    };
  }, [analysis, language, t]);
}
