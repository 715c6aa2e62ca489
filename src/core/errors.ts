/** An error whose message is meant for the user who caused it (a bad option, a missing permission). */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(message: string) {
    super(message);
  }
}
