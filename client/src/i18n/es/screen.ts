import type { UiStrings } from '../en';
import type { screenEn } from '../en/screen';

export const screenEs: UiStrings<'many', typeof screenEn> = {};
