/** English words of the replay and fork screen (see ../en.ts for the conventions). */
export const replayEn = {} as const;
