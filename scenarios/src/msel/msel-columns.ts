/**
 * The columns of the master scenario events list, in the order they are written.
 * The standard ones come first, named as exercise programmes write them; Borderline's
 * follow and carry the rest of each inject card, so that export then import loses nothing.
 */
export const MSEL_COLUMNS = [
  { key: 'number', header: 'MSEL #', standard: true, required: true },
  { key: 'move', header: 'Move', standard: true, required: true },
  { key: 'time', header: 'In-world time', standard: true, required: true },
  { key: 'title', header: 'Title', standard: true, required: true },
  { key: 'kind', header: 'Kind', standard: true, required: true },
  { key: 'from', header: 'From', standard: true, required: true },
  { key: 'to', header: 'To', standard: true, required: true },
  { key: 'delivery', header: 'Delivery', standard: true, required: true },
  { key: 'description', header: 'Description', standard: true, required: true },
  { key: 'expected', header: 'Expected player actions', standard: true, required: true },
  { key: 'sourceLine', header: 'Source line', standard: true, required: true },
  { key: 'id', header: 'Inject id', standard: false, required: true },
  { key: 'titleEs', header: 'Title (es)', standard: false, required: false },
  { key: 'fromEs', header: 'From (es)', standard: false, required: false },
  { key: 'descriptionEs', header: 'Description (es)', standard: false, required: false },
  { key: 'expectedEs', header: 'Expected player actions (es)', standard: false, required: false },
  { key: 'excerpt', header: 'Excerpt', standard: false, required: true },
  { key: 'excerptEs', header: 'Excerpt (es)', standard: false, required: false },
  { key: 'alsoCites', header: 'Also cites', standard: false, required: false },
  { key: 'alsoCitesEs', header: 'Also cites (es)', standard: false, required: false },
  { key: 'concluding', header: 'Concluding', standard: false, required: false },
  { key: 'effects', header: 'Effects', standard: false, required: false },
  { key: 'trigger', header: 'Trigger condition', standard: false, required: false },
  { key: 'questions', header: 'Questions', standard: false, required: true },
  { key: 'questionsEs', header: 'Questions (es)', standard: false, required: false },
  { key: 'objectives', header: 'Objectives', standard: false, required: true },
] as const;

export type MselColumn = (typeof MSEL_COLUMNS)[number];
export type MselColumnKey = MselColumn['key'];

export const MSEL_HEADERS: readonly string[] = MSEL_COLUMNS.map((column) => column.header);

export function headerOf(key: MselColumnKey): string {
  return MSEL_COLUMNS.find((column) => column.key === key)?.header ?? key;
}

/** Headers are matched the way people retype them: any case, any run of spaces. */
export function normaliseHeader(header: string): string {
  return header.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Which column holds a field of the inject card (a zod or checker path inside one
 * card), so that every error points at the cell to fix.
 */
export function columnForCardPath(path: readonly (string | number)[]): MselColumnKey {
  const [field, second, third, fourth] = path;
  const spanish = (en: MselColumnKey, es: MselColumnKey): MselColumnKey =>
    second === 'es' ? es : en;
  switch (field) {
    case 'id':
      return 'id';
    case 'title':
      return spanish('title', 'titleEs');
    case 'date':
      return 'time';
    case 'kind':
      return 'kind';
    case 'from':
      return spanish('from', 'fromEs');
    case 'audience':
      return 'to';
    case 'body':
      return spanish('description', 'descriptionEs');
    case 'source':
      if (second === 'line') return 'sourceLine';
      return second === 'translation' ? 'excerptEs' : 'excerpt';
    case 'alsoCites':
      return third === 'finding' && fourth === 'es' ? 'alsoCitesEs' : 'alsoCites';
    case 'concluding':
      return 'concluding';
    case 'effects':
      return 'effects';
    case 'release':
      if (second === 'move' || second === 'fromMove') return 'move';
      return second === 'when' ? 'trigger' : 'delivery';
    case 'questions':
      return third === 'text' && fourth === 'es' ? 'questionsEs' : 'questions';
    case 'objectives':
      return 'objectives';
    case 'expectedActions':
      return third === 'text' && fourth === 'es' ? 'expectedEs' : 'expected';
    default:
      return 'id';
  }
}
