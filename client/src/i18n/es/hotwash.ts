import type { UiStrings } from '../en';
import type { hotwashEn } from '../en/hotwash';

export const hotwashEs: UiStrings<'many', typeof hotwashEn> = {};
