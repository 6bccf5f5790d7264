import type { UiStrings } from '../en';
import type { reportEn } from '../en/report';

export const reportEs: UiStrings<'many', typeof reportEn> = {};
