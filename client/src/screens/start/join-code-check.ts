import { JOIN_CODE_LENGTH, JoinCode } from '@borderline/shared';

export type JoinCodeCheck =
  | { ok: true; code: string }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'length'; length: number }
  | { ok: false; problem: 'characters' };

/**
 * A typed join code, checked by the shared schema. Spaces anywhere are
 * dropped (people copy "K7M RQ4" off a projector) and lower case is fine;
 * a refusal says which of the two rules (length, alphabet) was broken.
 */
export function checkJoinCode(typed: string): JoinCodeCheck {
  const compact = typed.replace(/\s+/g, '');
  if (compact === '') return { ok: false, problem: 'empty' };
  const parsed = JoinCode.safeParse(compact);
  if (parsed.success) return { ok: true, code: parsed.data };
  if (compact.length !== JOIN_CODE_LENGTH)
    return { ok: false, problem: 'length', length: compact.length };
  return { ok: false, problem: 'characters' };
}
