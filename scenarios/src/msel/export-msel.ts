import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula, type InjectCard, type Scenario } from '@borderline/shared';
import { formatAlsoCites } from './also-cites-cells';
import { formatEffects, KIND_LABELS } from './cell-formats';
import { MSEL_COLUMNS, MSEL_HEADERS } from './msel-columns';
import type { MselColumnKey } from './msel-columns';
import { formatRelease } from './release-cells';
import { formatAudience, formatTeamLines, teamLabels } from './team-labels';
import type { TeamLabels } from './team-labels';

export interface MselExportOptions {
  /** Start with a UTF-8 byte order mark, which spreadsheets need to read accents right. */
  bom?: boolean;
}

/** The cells of one card, keyed by column; the "MSEL #" is its place in the list, from 1. */
export function mselCells(
  card: InjectCard,
  index: number,
  labels: TeamLabels,
): Record<MselColumnKey, string> {
  const release = formatRelease(card.release);
  return {
    number: String(index + 1),
    move: release.move,
    time: card.date ?? '',
    title: card.title.en,
    kind: KIND_LABELS[card.kind],
    from: card.from.en,
    to: formatAudience(card.audience, labels),
    delivery: release.delivery,
    description: card.body.en,
    expected: formatTeamLines(card.expectedActions, 'en', labels),
    sourceLine: String(card.source.line),
    id: card.id,
    titleEs: card.title.es ?? '',
    fromEs: card.from.es ?? '',
    descriptionEs: card.body.es ?? '',
    expectedEs: formatTeamLines(card.expectedActions, 'es', labels),
    excerpt: card.source.excerpt,
    excerptEs: card.source.translation?.es ?? '',
    alsoCites: formatAlsoCites(card.alsoCites, 'en'),
    alsoCitesEs: formatAlsoCites(card.alsoCites, 'es'),
    concluding: card.concluding === true ? 'Yes' : card.concluding === false ? 'No' : '',
    effects: formatEffects(card.effects),
    trigger: release.trigger,
    questions: formatTeamLines(card.questions, 'en', labels),
    questionsEs: formatTeamLines(card.questions, 'es', labels),
    objectives: card.objectives.join('; '),
  };
}

/**
 * The scenario's inject cards as an events list: a header row, then one row per
 * card in the scenario's order. Lines end in CRLF (RFC 4180, as spreadsheets write).
 * A cell a spreadsheet would run as a formula (an effect "-10 trust", a title
 * starting "=") is neutralised with an apostrophe; the import takes it off.
 */
export function exportMsel(scenario: Scenario, options: MselExportOptions = {}): string {
  const labels = teamLabels(scenario);
  const rows = scenario.injects.map((card, index) => {
    const cells = mselCells(card, index, labels);
    return MSEL_COLUMNS.map((column) => neutraliseFormula(cells[column.key]));
  });
  return stringify([[...MSEL_HEADERS], ...rows], {
    bom: options.bom === true,
    record_delimiter: 'windows',
    // A line break alone would not be quoted, since records end in CRLF; spreadsheets need it quoted.
    quoted_match: /[\r\n]/,
  });
}
