import type { Language } from '../scenario/index';
import { scenarioText, type MarkdownContext } from './markdown-format';
import { attainmentLines, briefTimelineLines, improvementPlanLines } from './markdown-lessons';
import {
  decisionPointLines,
  lessonLines,
  objectiveLines,
  overviewLines,
  participationLines,
  questionLines,
  trackLines,
} from './markdown-sections';
import { summaryLines } from './markdown-summary';
import { timelineLines } from './markdown-timeline';
import { whatIfLines } from './markdown-what-if';
import { MARKDOWN_WORDS } from './markdown-words';
import {
  REPORT_APPENDICES,
  REPORT_SECTIONS,
  type Report,
  type ReportSection,
} from './report-schema';

const SECTION_LINES: Record<ReportSection, (context: MarkdownContext) => string[]> = {
  attainment: attainmentLines,
  improvementPlan: improvementPlanLines,
  overview: overviewLines,
  timeline: briefTimelineLines,
  log: timelineLines,
  tracks: trackLines,
  objectives: objectiveLines,
  decisionPoints: decisionPointLines,
  whatIf: whatIfLines,
  lessons: lessonLines,
  questions: questionLines,
  participation: participationLines,
};

/** A section's heading: an appendix's with its letter ("Appendix A: The timeline"). */
export function reportSectionTitle(language: Language, section: ReportSection): string {
  const words = MARKDOWN_WORDS[language];
  const appendix = (REPORT_APPENDICES as readonly ReportSection[]).indexOf(section);
  return appendix < 0
    ? words.sections[section]
    : words.instructor.appendix(String.fromCharCode(65 + appendix), words.sections[section]);
}

/** The section headings of the Markdown export in a language (for readers and tests). */
export function reportSectionTitles(language: Language): Record<ReportSection, string> {
  return Object.fromEntries(
    REPORT_SECTIONS.map((section) => [section, reportSectionTitle(language, section)]),
  ) as Record<ReportSection, string>;
}

/**
 * The report as one Markdown document in English or Spanish: a one-page
 * summary, then every section under its `##` heading, in REPORT_SECTIONS order (the
 * lessons first, the appendices last). What people wrote is
 * escaped, so a rationale cannot break the document or inject HTML.
 */
export function reportToMarkdown(report: Report, language: Language): string {
  const words = MARKDOWN_WORDS[language];
  const context: MarkdownContext = { report, language, words };
  const lines = [
    `# ${words.title(scenarioText(context, report.overview.scenario.title))}`,
    '',
    ...summaryLines(context),
    '',
  ];
  for (const section of REPORT_SECTIONS) {
    lines.push(
      `## ${reportSectionTitle(language, section)}`,
      '',
      ...SECTION_LINES[section](context),
      '',
    );
  }
  // One blank line between blocks, one newline at the end.
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
