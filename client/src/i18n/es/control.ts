import type { UiStrings } from '../en';
import type { controlEn } from '../en/control';

export const controlEs: UiStrings<'many', typeof controlEn> = {};
