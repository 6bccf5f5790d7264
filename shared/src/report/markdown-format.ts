import type { Language } from '../scenario/index';
import type { MarkdownWords } from './markdown-words';
import { inLanguage, stepName, teamName, trackName } from './report-names';
import type { ReportCause, ReportChange, ReportText } from './report-parts';
import type { Report } from './report-schema';

/** What every part of the Markdown export needs: the report, the language and its words. */
export interface MarkdownContext {
  report: Report;
  language: Language;
  words: MarkdownWords;
}

/**
 * Text written by people (rationales, statements, notes) or by the scenario,
 * made safe for one Markdown line: line breaks become spaces and the
 * characters Markdown or HTML would read as markup are escaped.
 */
export function inline(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

export function scenarioText(context: MarkdownContext, value: ReportText): string {
  return inline(inLanguage(value, context.language));
}

export function team(context: MarkdownContext, id: string | null): string {
  return inline(teamName(context.report, id, context.language));
}

/** "Escalation 2 → 3 (Coercive economics)": a ladder names the step reached. */
export function changeText(context: MarkdownContext, item: ReportChange): string {
  const name = inline(trackName(context.report, item.track, context.language));
  const step = stepName(context.report, item.track, item.to, context.language);
  return `${name} ${item.from} → ${item.to}${step === null ? '' : ` (${inline(step)})`}`;
}

export function changesText(context: MarkdownContext, items: ReportChange[]): string {
  return items.map((item) => changeText(context, item)).join('; ');
}

export function causeText(context: MarkdownContext, cause: ReportCause): string {
  const { words } = context;
  switch (cause.kind) {
    case 'action': {
      const what =
        cause.card !== null
          ? scenarioText(context, cause.card.name)
          : inline(cause.freeform ?? cause.action);
      return words.cause.action(
        team(context, cause.team),
        what,
        words.timeline.outcome[cause.outcome],
      );
    }
    case 'inject':
      return words.cause.inject(scenarioText(context, cause.title));
    case 'override':
      return words.cause.override(inline(cause.reason));
    case 'dynamic':
      return words.cause.dynamic(scenarioText(context, cause.text));
    case 'dilemma':
      return words.cause.dilemma(
        team(context, cause.team),
        cause.label === null ? inline(cause.option ?? '–') : scenarioText(context, cause.label),
      );
  }
}

/** A Markdown table; every cell is already escaped. */
export function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

export function percent(score: number): number {
  return Math.round(score * 100);
}
