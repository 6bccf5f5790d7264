import type { UiStrings } from '../en';
import type { teamEn } from '../en/team';

export const teamEs: UiStrings<'many', typeof teamEn> = {};
