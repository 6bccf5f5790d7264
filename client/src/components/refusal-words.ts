import type { TFunction } from 'i18next';
import {
  declaredDetail,
  ErrorCode,
  type Language,
  type RefusalDetail,
  type RefusalDetailField,
  type RefusalReason,
} from '@borderline/shared';
import type { CommandFailure } from '../exercise/use-command';
import type { Names } from '../exercise/view-names';

/** The names a refusal's ids need: a view's (`namesOf`), or any page's that knows them. */
export type RefusalNames = Pick<
  Names,
  'language' | 'team' | 'card' | 'action' | 'track' | 'inject'
>;

/** The detail fields that hold ids: without names for them a sentence would show ids. */
const NAMED_FIELDS: readonly RefusalDetailField[] = [
  'team',
  'current',
  'owner',
  'teams',
  'card',
  'action',
  'actions',
  'track',
  'inject',
];

const listOf = (ids: readonly string[], name: (id: string) => string, language: Language) =>
  new Intl.ListFormat(language, { type: 'conjunction' }).format(ids.map(name));

/**
 * A refusal's detail as the values of its sentence: ids by their names,
 * the phase by its name, a list joined in the reader's language, and
 * `count` (the limit, or the length of the list) for the plural.
 */
function sentenceValues(
  detail: RefusalDetail,
  t: TFunction,
  names: RefusalNames | null,
): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  const named = (id: string | undefined, name: ((id: string) => string) | undefined) =>
    id === undefined || name === undefined ? undefined : name(id);
  const entries: [string, string | number | undefined][] = [
    ['team', named(detail.team, names?.team)],
    ['current', named(detail.current, names?.team)],
    ['owner', named(detail.owner, names?.team)],
    ['card', named(detail.card, names?.card)],
    ['action', named(detail.action, names?.action)],
    ['track', named(detail.track, names?.track)],
    ['inject', named(detail.inject, names?.inject)],
    ['teams', detail.teams && names ? listOf(detail.teams, names.team, names.language) : undefined],
    [
      'actions',
      detail.actions && names ? listOf(detail.actions, names.action, names.language) : undefined,
    ],
    ['phase', detail.phase === undefined ? undefined : t(`common.phase.${detail.phase}`)],
    ['move', detail.move],
    ['limit', detail.limit],
    ['given', detail.given],
    ['used', detail.used],
    ['min', detail.min],
    ['max', detail.max],
    ['name', detail.name],
    ['count', detail.limit ?? detail.teams?.length ?? detail.actions?.length],
  ];
  for (const [key, value] of entries) if (value !== undefined) values[key] = value;
  return values;
}

/** Whether the reason's sentence can be said here: every id it names has a name to stand for it. */
function canWord(reason: RefusalReason, names: RefusalNames | null): boolean {
  return names !== null || !declaredDetail(reason).some((field) => NAMED_FIELDS.includes(field));
}

/**
 * A refusal in the reader's language: the sentence of its reason, worded
 * from its detail through the reader's names. Without a reason (a message
 * the server could not parse, the network) it is the code's summary, and on
 * an English page the server's own explanation after it; a Spanish page
 * shows no English sentence, and no page shows an id.
 */
export function refusalText(
  error: CommandFailure,
  t: TFunction,
  language: Language,
  names: RefusalNames | null,
): string {
  const summary = t(`common.errors.${error.code}`);
  const reason = 'reason' in error ? error.reason : undefined;
  if (reason !== undefined && canWord(reason, names)) {
    const detail = ('detail' in error ? error.detail : undefined) ?? {};
    const values = sentenceValues(detail, t, names);
    // A reason's sentence takes only its declared fields (tests/unit/client/refusal-words.test.ts).
    const say = t as unknown as (key: string, options: object) => string;
    return say(`refusal.${reason}`, {
      ...values,
      ...(values['current'] === undefined ? {} : { context: 'current' }),
    });
  }
  if (reason !== undefined || language !== 'en') return summary;
  return t('common.errorDetail', { summary, message: error.message });
}

/**
 * A connection's refusal (the handshake's) in the reader's language, inside
 * the page's own sentence ("Not admitted: …"): its reason's sentence; without
 * a reason, the server's English on an English page, the summary on another.
 */
export function connectionRefusalText(
  error: { code: string; message: string; reason?: RefusalReason; detail?: RefusalDetail },
  t: TFunction,
  language: Language,
  names: RefusalNames | null,
): string {
  const code = ErrorCode.safeParse(error.code);
  if (language === 'en' && error.reason === undefined) return error.message;
  if (code.success) return refusalText({ ...error, code: code.data }, t, language, names);
  return t('common.errors.refused');
}
