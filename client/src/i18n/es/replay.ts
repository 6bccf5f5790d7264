import type { UiStrings } from '../en';
import type { replayEn } from '../en/replay';

export const replayEs: UiStrings<'many', typeof replayEn> = {};
