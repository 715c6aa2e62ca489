/** A database that cannot be used as configured: the message names the setting and what to fix. */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
}
