import type { UiStrings } from '../en';
import type { startEn } from '../en/start';

export const startEs: UiStrings<'many', typeof startEn> = {};
