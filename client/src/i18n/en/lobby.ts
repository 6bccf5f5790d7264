/** English words of the lobby screen (see ../en.ts for the conventions). */
export const lobbyEn = {} as const;
