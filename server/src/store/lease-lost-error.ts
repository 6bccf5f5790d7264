/**
 * A write refused because this process no longer owns the exercise: its
 * lease has expired and been taken by another process (the fencing token
 * changed), or is gone. Nothing of the write was stored; the process must
 * stop running the exercise, whose new owner holds it from the database.
 */
export class LeaseLostError extends Error {
  constructor(
    readonly exerciseId: string,
    /** The fencing token this process wrote under. */
    readonly heldToken: number,
    /** The lease's token in the database; undefined when there is no lease. */
    readonly currentToken: number | undefined,
  ) {
    super(
      currentToken === undefined
        ? `lease on exercise ${exerciseId} lost: no lease left (this process held token ${heldToken})`
        : `lease on exercise ${exerciseId} lost: its token is ${currentToken}, this process holds ${heldToken}`,
    );
    this.name = 'LeaseLostError';
  }
}
