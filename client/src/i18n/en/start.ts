/** English words of the start screen (see ../en.ts for the conventions). */
export const startEn = {} as const;
