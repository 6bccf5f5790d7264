/** English words of the control screen (see ../en.ts for the conventions). */
export const controlEn = {} as const;
