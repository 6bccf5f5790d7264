import type { EngineRefusalCode } from '@borderline/shared';

/** Why the engine refused an event: one of the shared REFUSAL_REASONS the engine gives. */
export type RefusalCode = EngineRefusalCode;

export interface Refusal {
  code: RefusalCode;
  message: string;
}

export function refuse(code: RefusalCode, message: string): Refusal {
  return { code, message };
}
