import { InjectCard } from '@borderline/shared';
import { parseAlsoCites } from './also-cites-cells';
import { parseEffects, parseIdList, parseKind, parseWholeNumber } from './cell-formats';
import { describeCardIssues } from './card-issues';
import { headerOf } from './msel-columns';
import type { MselColumnKey } from './msel-columns';
import type { MselError, Parsed } from './msel-error';
import type { MselRow } from './read-msel-table';
import { parseRelease } from './release-cells';
import { parseAudience, parseBilingualTeamLines } from './team-labels';
import type { TeamLabels } from './team-labels';

export interface RowCard {
  row: number;
  /** The "MSEL #" and "Inject id" as read, even when the row has errors (to find duplicates). */
  number?: number;
  id?: string;
  card?: InjectCard;
  errors: MselError[];
}

/** What each required text cell is, for the message when it is empty. */
const REQUIRED_TEXT: Partial<Record<MselColumnKey, string>> = {
  id: 'every card needs a kebab-case id such as "tariff-shock", never changed once published',
  title: 'every card needs an English title',
  from: 'every card says who it claims to come from (a newspaper, an embassy...)',
  description: 'every card needs the English text the players read',
  excerpt: 'every card quotes a short excerpt of the article line it cites',
};

/**
 * One row turned into an inject card: each cell read in its own format, then the
 * whole card through the `InjectCard` schema. Errors name the row and the column.
 */
/** "Yes" or "No" (any case; "true"/"false" too); an empty cell is null. */
function parseYesNo(cell: string): Parsed<boolean | null> {
  const text = cell.trim().toLowerCase();
  if (text === '') return { ok: true, value: null };
  if (text === 'yes' || text === 'true' || text === 'sí' || text === 'si')
    return { ok: true, value: true };
  if (text === 'no' || text === 'false') return { ok: true, value: false };
  return {
    ok: false,
    message: `expected "Yes", "No" or an empty cell (whether the card carries the concluding themes), found "${cell.trim()}"`,
  };
}

export function cardFromRow(source: MselRow, labels: TeamLabels): RowCard {
  const { row } = source;
  const errors: MselError[] = [];
  const cell = (key: MselColumnKey) => source.cells.get(key) ?? '';
  const fail = (key: MselColumnKey, message: string) =>
    errors.push({ row, column: headerOf(key), message });
  const read = <T>(key: MselColumnKey, result: Parsed<T>): T | undefined => {
    if (result.ok) return result.value;
    fail(key, result.message);
    return undefined;
  };
  const text = (key: MselColumnKey): string => {
    const value = cell(key).trim();
    const what = REQUIRED_TEXT[key];
    if (value === '' && what !== undefined) fail(key, `empty; ${what}`);
    return value;
  };
  const localized = (en: MselColumnKey, es: MselColumnKey) => {
    const spanish = cell(es).trim();
    return spanish === '' ? { en: text(en) } : { en: text(en), es: spanish };
  };
  const teamTexts = (en: MselColumnKey, es: MselColumnKey) => {
    const result = parseBilingualTeamLines(cell(en), cell(es), labels);
    if (result.ok) return result.value;
    fail(result.spanish ? es : en, result.message);
    return [];
  };

  const alsoCites = (() => {
    const result = parseAlsoCites(cell('alsoCites'), cell('alsoCitesEs'));
    if (result.ok) return result.value;
    fail(result.spanish ? 'alsoCitesEs' : 'alsoCites', result.message);
    return [];
  })();
  const concluding = read('concluding', parseYesNo(cell('concluding')));
  const date = cell('time').trim();
  const excerptEs = cell('excerptEs').trim();

  const number = read(
    'number',
    parseWholeNumber(cell('number'), 1, "the card's place in the list"),
  );
  const id = text('id');
  const release = parseRelease({
    move: cell('move'),
    delivery: cell('delivery'),
    trigger: cell('trigger'),
  });
  if (!release.ok) release.problems.forEach((problem) => fail(problem.column, problem.message));
  const raw = {
    id,
    title: localized('title', 'titleEs'),
    // A card released by a trigger or by Control may have no date (an empty cell).
    ...(date === '' ? {} : { date }),
    kind: read('kind', parseKind(cell('kind'))),
    from: localized('from', 'fromEs'),
    audience: read('to', parseAudience(cell('to'), labels)),
    body: localized('description', 'descriptionEs'),
    source: {
      line: read(
        'sourceLine',
        parseWholeNumber(cell('sourceLine'), 1, 'the line of the article the card cites'),
      ),
      excerpt: text('excerpt'),
      ...(excerptEs === '' ? {} : { translation: { es: excerptEs } }),
    },
    alsoCites,
    ...(concluding === undefined || concluding === null ? {} : { concluding }),
    effects: read('effects', parseEffects(cell('effects'))),
    release: release.ok ? release.value : undefined,
    questions: teamTexts('questions', 'questionsEs'),
    objectives: parseIdList(cell('objectives')),
    expectedActions: teamTexts('expected', 'expectedEs'),
  };
  const known = { row, ...(number === undefined ? {} : { number }), ...(id === '' ? {} : { id }) };
  // A row with unreadable cells is not run through the schema: its messages would repeat them.
  if (errors.length > 0) return { ...known, errors };
  const result = InjectCard.safeParse(raw);
  if (!result.success) return { ...known, errors: describeCardIssues(row, result.error.issues) };
  return { ...known, card: result.data, errors: [] };
}
