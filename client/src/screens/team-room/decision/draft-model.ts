import {
  decisionProblems,
  LIMITS,
  type CheckedCard,
  type DecisionInput,
  type DecisionProblem,
  type DraftDecision,
  type HandCard,
  type Rules,
} from '@borderline/shared';

/** A fresh form: action cards are what most teams play. */
export const EMPTY_DRAFT: DraftDecision = { kind: 'actions', cards: [] };

/** Why the form cannot be submitted yet, as i18n keys under `team.problem`. */
export type DraftProblem =
  | 'noCards'
  | 'tooManyCards'
  | 'tooManyCovert'
  | 'unplayableCard'
  | 'missingRationale'
  | 'missingDescription'
  | 'missingReason'
  | 'noCovertAllowed';

const isBlank = (text: string | undefined) => text === undefined || text.trim() === '';

/** The reasons worth sending: the non-blank ones, at most three. */
export function filledReasons(draft: DraftDecision): string[] {
  return (draft.reasons ?? [])
    .filter((reason) => !isBlank(reason))
    .slice(0, LIMITS.freeformReasons);
}

/** Why a card cannot be ticked now, as the server says: used up, or its prerequisites do not hold. */
export function cardBlock(card: HandCard): 'usedUp' | 'prerequisites' | null {
  if (card.unavailable === 'used-up') return 'usedUp';
  return card.unavailable;
}

/** The shared checks' view of the team's hand. */
function handLookup(hand: HandCard[], uses: Record<string, number>) {
  return (id: string): CheckedCard | undefined => {
    const card = hand.find((candidate) => candidate.id === id);
    if (card === undefined) return undefined;
    return { ...card, used: uses[card.id] ?? 0, prerequisitesMet: card.prerequisitesMet !== false };
  };
}

/**
 * Whether ticking one more card would break the decision's limits (cards
 * per decision, covert cards per move), by the shared checks.
 */
export function tickWouldExceed(
  selected: readonly string[],
  card: HandCard,
  hand: HandCard[],
  uses: Record<string, number>,
  rules: Rules,
): 'maxCards' | 'maxCovert' | null {
  const decision: DecisionInput = {
    kind: 'actions',
    cards: [...selected, card.id],
    rationale: '-',
  };
  const codes = decisionProblems(decision, card.team, handLookup(hand, uses), rules).map(
    (problem) => problem.code,
  );
  if (codes.includes('too-many-actions')) return 'maxCards';
  return codes.includes('max-covert') ? 'maxCovert' : null;
}

/** The engine's own content checks, worded as the form's hints (the i18n keys above). */
const PROBLEM_KEYS: Record<DecisionProblem['code'], DraftProblem> = {
  'no-actions': 'noCards',
  'too-many-actions': 'tooManyCards',
  'max-covert': 'tooManyCovert',
  'unknown-card': 'unplayableCard',
  'not-their-card': 'unplayableCard',
  'limit-per-move': 'unplayableCard',
  'max-uses': 'unplayableCard',
  'prerequisite-unmet': 'unplayableCard',
  'missing-rationale': 'missingRationale',
  'missing-description': 'missingDescription',
  'missing-reasons': 'missingReason',
  'covert-not-allowed': 'noCovertAllowed',
};

/**
 * Why the draft cannot be submitted yet: the shared checks the engine runs
 * on the decision it would receive, so that the lead learns before submitting.
 */
export function draftProblems(
  draft: DraftDecision,
  team: string,
  hand: HandCard[],
  uses: Record<string, number>,
  rules: Rules,
): DraftProblem[] {
  const problems = decisionProblems(toDecisionInput(draft), team, handLookup(hand, uses), rules);
  return [...new Set(problems.map((problem) => PROBLEM_KEYS[problem.code]))];
}

/** Optional text is left out when blank, so that an empty statement is not published. */
function optional<K extends 'rationale' | 'statement'>(
  key: K,
  text: string | undefined,
): Partial<Record<K, string>> {
  return isBlank(text) ? {} : ({ [key]: (text ?? '').trim() } as Record<K, string>);
}

/** What the lead submits: only the fields of the chosen kind (the schema is strict). */
export function toDecisionInput(draft: DraftDecision): DecisionInput {
  const statement = optional('statement', draft.statement);
  switch (draft.kind) {
    case 'actions':
      return {
        kind: 'actions',
        cards: draft.cards ?? [],
        rationale: (draft.rationale ?? '').trim(),
        ...statement,
      };
    case 'freeform':
      return {
        kind: 'freeform',
        description: (draft.description ?? '').trim(),
        reasons: filledReasons(draft).map((reason) => reason.trim()),
        visibility: draft.visibility ?? 'public',
        ...optional('rationale', draft.rationale),
        ...statement,
      };
    case 'hold':
      return { kind: 'hold', ...optional('rationale', draft.rationale), ...statement };
  }
}

/** Two drafts say the same (key order and missing vs. empty fields aside). */
export function sameDraft(a: DraftDecision | undefined, b: DraftDecision | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const norm = (draft: DraftDecision) =>
    JSON.stringify([
      draft.kind,
      draft.cards ?? [],
      draft.description ?? '',
      draft.reasons ?? [],
      draft.visibility ?? 'public',
      draft.rationale ?? '',
      draft.statement ?? '',
    ]);
  return norm(a) === norm(b);
}
