import type { EngineRefusalCode, RefusalDetail, RefusalDetailArgs } from '@borderline/shared';

/** Why the engine refused an event: one of the shared REFUSAL_REASONS the engine gives. */
export type RefusalCode = EngineRefusalCode;

export interface Refusal {
  code: RefusalCode;
  /** In English, with names rather than ids: for logs and clients that show it as it is. */
  message: string;
  /** The same as data, for a screen to word in its reader's language. */
  detail?: RefusalDetail;
}

/** A refusal; a reason that declares detail fields must be given them. */
export function refuse<C extends RefusalCode>(
  code: C,
  message: string,
  ...[detail]: RefusalDetailArgs<C>
): Refusal {
  return detail === undefined ? { code, message } : { code, message, detail };
}
