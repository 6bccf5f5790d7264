/** English words of the screen screen (see ../en.ts for the conventions). */
export const screenEn = {} as const;
