/**
 * The largest message a client may send, as UTF-8 JSON. Every valid command
 * fits well within it (the longest, a full draft, is under 40 KiB even in
 * three-byte characters); the transport should also set socket.io's
 * `maxHttpBufferSize` to it so that larger frames are dropped before parsing.
 */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/**
 * How many messages one socket may send: `points` in `durationSeconds`
 * (rate-limiter-flexible's terms). Past it, messages get `rate-limited`
 * and change nothing. Chat has its own, lower budget.
 */
export const RATE_LIMITS = {
  commands: { points: 30, durationSeconds: 10 },
  chat: { points: 10, durationSeconds: 10 },
  /** Per client address, for `POST /api/join` and `POST /api/exercises`. */
  http: { points: 20, durationSeconds: 60 },
  /**
   * Per client address, the lookups that missed (a join code, an exercise,
   * a facilitator key or a seat token that opens nothing, over HTTP or in a
   * socket's handshake). Past it, every lookup from the address is refused
   * until the window ends: see the README's "Guessing a join code".
   */
  guesses: { points: 60, durationSeconds: 15 * 60 },
} as const;
