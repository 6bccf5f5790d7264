/** English words of the team screen (see ../en.ts for the conventions). */
export const teamEn = {} as const;
