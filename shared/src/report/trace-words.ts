import type { MarkdownWords } from './markdown-words';
import type { ReportFact, ReportText, ReportTrace } from './report-parts';

/** The words a condition's parts are said in, one language's (the Markdown export's, or a page's). */
export type ConditionWords = MarkdownWords['condition'];

/** What a trace's wording needs of the report: a track's name and a text in the reader's language. */
export interface TraceNames {
  track: (id: string) => string;
  text: (value: ReportText) => string;
}

function wanted(
  w: ConditionWords,
  { atLeast, atMost }: { atLeast: number | null; atMost: number | null },
): string {
  if (atLeast !== null && atMost !== null) return w.between(atLeast, atMost);
  if (atLeast !== null) return w.atLeast(atLeast);
  return w.atMost(atMost ?? 0);
}

const ACTION_WORDS = {
  any: ['played', 'notPlayed'],
  success: ['succeeded', 'notSucceeded'],
  failure: ['failed', 'notFailed'],
} as const;

function factText(fact: ReportFact, trace: ReportTrace, w: ConditionWords, names: TraceNames) {
  const { holds } = trace;
  switch (fact.type) {
    case 'always':
      return w.always;
    case 'track':
      return fact.value === null
        ? w.trackUnknown(names.track(fact.track))
        : w.track(names.track(fact.track), fact.value, wanted(w, fact));
    case 'move':
      return w.move(fact.value, wanted(w, fact));
    case 'action': {
      const [yes, no] = ACTION_WORDS[fact.outcome];
      const text = w[holds ? yes : no](names.text(fact.card.name));
      return fact.thisMove ? w.thisMove(text) : text;
    }
    case 'inject':
      return (holds ? w.released : w.notReleased)(names.text(fact.title));
    case 'all':
      return holds ? w.allHold : w.notAllHold;
    case 'any':
      return holds ? w.anyHolds : w.noneHolds;
    case 'not': {
      const inner = trace.children[0];
      return w.not(inner === undefined ? '' : traceText(inner, w, names));
    }
  }
}

/**
 * One part of a condition in the reader's words, naming tracks, cards and
 * injects; a part kept before the report held its data keeps the engine's
 * own sentence.
 */
export function traceText(trace: ReportTrace, w: ConditionWords, names: TraceNames): string {
  return trace.fact === null ? trace.text : factText(trace.fact, trace, w, names);
}

/** Whether a part's children are listed under it (a negation words its one child itself). */
export function listsTraceChildren(trace: ReportTrace): boolean {
  return trace.fact?.type !== 'not' && trace.children.length > 0;
}

/**
 * The children listed under a part: all of them, except under an "at least one
 * of these holds" that held, which lists the ones that held (listing one that
 * did not reads as a reason that was not).
 */
export function listedTraceChildren(trace: ReportTrace): ReportTrace[] {
  if (trace.fact?.type === 'any' && trace.holds)
    return trace.children.filter((child) => child.holds);
  return trace.children;
}
