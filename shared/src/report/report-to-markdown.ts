import type { Language } from '../scenario/index';
import { scenarioText, type MarkdownContext } from './markdown-format';
import {
  decisionPointLines,
  learningLines,
  lessonLines,
  objectiveLines,
  overviewLines,
  participationLines,
  questionLines,
  summaryLines,
  trackLines,
} from './markdown-sections';
import { timelineLines } from './markdown-timeline';
import { whatIfLines } from './markdown-what-if';
import { MARKDOWN_WORDS } from './markdown-words';
import { REPORT_SECTIONS, type Report, type ReportSection } from './report-schema';

const SECTION_LINES: Record<ReportSection, (context: MarkdownContext) => string[]> = {
  overview: overviewLines,
  summary: summaryLines,
  timeline: timelineLines,
  tracks: trackLines,
  objectives: objectiveLines,
  decisionPoints: decisionPointLines,
  whatIf: whatIfLines,
  lessons: lessonLines,
  questions: questionLines,
  learning: learningLines,
  participation: participationLines,
};

/** The section headings of the Markdown export in a language (for readers and tests). */
export function reportSectionTitles(language: Language): Record<ReportSection, string> {
  return MARKDOWN_WORDS[language].sections;
}

/**
 * The report as one Markdown document in English or Spanish: every section
 * under its `##` heading, in REPORT_SECTIONS order. What people wrote is
 * escaped, so a rationale cannot break the document or inject HTML.
 */
export function reportToMarkdown(report: Report, language: Language): string {
  const words = MARKDOWN_WORDS[language];
  const context: MarkdownContext = { report, language, words };
  const lines = [`# ${words.title(scenarioText(context, report.overview.scenario.title))}`, ''];
  for (const section of REPORT_SECTIONS) {
    lines.push(`## ${words.sections[section]}`, '', ...SECTION_LINES[section](context), '');
  }
  // One blank line between blocks, one newline at the end.
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
