/** English words of the after-action report (see ../en.ts for the conventions). */
export const reportEn = {} as const;
