/** English words of the hotwash screen (see ../en.ts for the conventions). */
export const hotwashEn = {} as const;
