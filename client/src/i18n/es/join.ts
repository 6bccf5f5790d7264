import type { UiStrings } from '../en';
import type { joinEn } from '../en/join';

export const joinEs: UiStrings<'many', typeof joinEn> = {};
