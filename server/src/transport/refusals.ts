/** What a client hears when the server fails on a bug: nothing was applied. */
export const INTERNAL_MESSAGE = 'Something went wrong on the server; please try again.';
