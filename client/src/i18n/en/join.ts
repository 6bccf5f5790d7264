/** English words of the join screen (see ../en.ts for the conventions). */
export const joinEn = {} as const;
