import { isMap, isPair, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { InjectCard, ReleaseRule } from '@borderline/shared';
import { parseScenarioFile } from '../load-scenario-files';

/** Texts longer than this are written as folded blocks (`>-`), as the scenario files are. */
const FOLD_ABOVE = 80;
/**
 * Small mappings written on one line, as authors write them (`release: { ... }`). Not
 * lists: the yaml library pads `[ a ]` where prettier writes `[a]`.
 */
const FLOW_KEYS = new Set(['from', 'release', 'effects']);
/** Short enough that the line stays within prettier's width, so the file needs no reformatting. */
const FLOW_WITHIN = 64;

/**
 * The text of `file` with its `injects` key replaced by `injects`. The file's other
 * keys and its header comment stay; each group of cards (by move, then triggered,
 * then by Control) gets a comment line, since the comments inside the list are lost.
 */
export function injectsYaml(file: string, injects: InjectCard[]): string {
  const { document } = parseScenarioFile(file);
  const list = document.createNode(injects.map(writtenCard));
  if (isSeq(list)) {
    let previous: string | undefined;
    list.items.forEach((item, index) => {
      const card = injects[index];
      if (card === undefined || !isMap(item)) return;
      const group = groupName(card.release);
      if (group !== previous) item.commentBefore = ` ${'-'.repeat(75 - group.length)} ${group}`;
      item.spaceBefore = index > 0;
      previous = group;
    });
  }
  visit(list, {
    Pair(_, pair) {
      if (!isPair(pair)) return;
      const name = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof name === 'string' && FLOW_KEYS.has(name)) writeOnOneLine(pair.value);
      if (!isScalar(pair.value)) return;
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      const value = pair.value.value;
      // A date stays quoted, so that no YAML 1.1 reader takes it for a timestamp.
      if (key === 'date') pair.value.type = Scalar.QUOTE_SINGLE;
      else if (typeof value === 'string' && value.length > FOLD_ABOVE && !value.includes('\n')) {
        pair.value.type = Scalar.BLOCK_FOLDED;
      }
    },
  });
  document.set('injects', list);
  return document.toString({ lineWidth: 90, minContentWidth: 40, singleQuote: true });
}

/** A mapping of scalars (or, for effects, each one of a list) goes on one line when it is short. */
function writeOnOneLine(node: unknown): void {
  if (isSeq(node)) node.items.forEach(writeOnOneLine);
  if (!isMap(node)) return;
  const scalars = node.items.map((pair) => pair.value);
  if (!scalars.every(isScalar)) return;
  // Counted generously: keys, separators and quotes that the value may need.
  const width = scalars.reduce((total, scalar) => total + String(scalar.value).length + 16, 4);
  if (width <= FLOW_WITHIN) node.flow = true;
}

/** The card as an author writes it: the schema's empty defaults (effects, alsoCites, expected actions) left out. */
function writtenCard(card: InjectCard): Record<string, unknown> {
  const { effects, expectedActions, alsoCites, ...rest } = card;
  const written: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    written[key] = value;
    if (key !== 'source') continue;
    if (alsoCites.length > 0) written.alsoCites = alsoCites;
    if (effects.length > 0) written.effects = effects;
  }
  if (expectedActions.length > 0) written.expectedActions = expectedActions;
  return written;
}

function groupName(release: ReleaseRule): string {
  switch (release.type) {
    case 'scheduled':
      return release.move === 0 ? 'move 0 (practice)' : `move ${release.move}`;
    case 'triggered':
      return 'triggered';
    case 'manual':
      return 'facilitator (manual)';
  }
}
