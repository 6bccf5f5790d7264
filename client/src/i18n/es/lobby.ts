import type { UiStrings } from '../en';
import type { lobbyEn } from '../en/lobby';

export const lobbyEs: UiStrings<'many', typeof lobbyEn> = {};
