/** An error Discord would answer with: HTTP status, JSON error code, message, and (for 50035) the field tree. */
export class DiscordApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: ErrorTree,
  ) {
    super(message);
  }

  toBody(): Record<string, unknown> {
    return this.errors
      ? { code: this.code, message: this.message, errors: this.errors }
      : { code: this.code, message: this.message };
  }
}

/** Discord's nested `errors` object: `{ embeds: { 0: { title: { _errors: [{ code, message }] } } } }`. */
export interface ErrorTree {
  [key: string]: ErrorTree | Array<{ code: string; message: string }>;
}

export class FormErrors {
  readonly tree: ErrorTree = {};
  private count = 0;

  add(path: Array<string | number>, code: string, message: string): void {
    let node = this.tree;
    for (const part of path) {
      const key = String(part);
      const child = node[key];
      if (child === undefined || Array.isArray(child)) node[key] = {};
      node = node[key] as ErrorTree;
    }
    const list = (node._errors as Array<{ code: string; message: string }> | undefined) ?? [];
    list.push({ code, message });
    node._errors = list;
    this.count += 1;
  }

  get empty(): boolean {
    return this.count === 0;
  }

  /** Throws Discord's 400 / 50035 when anything was added. */
  throwIfAny(): void {
    if (!this.empty) throw new DiscordApiError(400, 50035, 'Invalid Form Body', this.tree);
  }
}

export const unknownChannel = (): DiscordApiError => new DiscordApiError(404, 10003, 'Unknown Channel');
export const unknownMessage = (): DiscordApiError => new DiscordApiError(404, 10008, 'Unknown Message');
export const unknownWebhook = (): DiscordApiError => new DiscordApiError(404, 10015, 'Unknown Webhook');
export const unknownInteraction = (): DiscordApiError =>
  new DiscordApiError(404, 10062, 'Unknown interaction');
export const alreadyAcknowledged = (): DiscordApiError =>
  new DiscordApiError(400, 40060, 'Interaction has already been acknowledged.');
export const missingPermissions = (): DiscordApiError =>
  new DiscordApiError(403, 50013, 'Missing Permissions');
export const missingAccess = (): DiscordApiError => new DiscordApiError(403, 50001, 'Missing Access');
export const emptyMessage = (): DiscordApiError =>
  new DiscordApiError(400, 50006, 'Cannot send an empty message');
export const unauthorized = (): DiscordApiError => new DiscordApiError(401, 0, '401: Unauthorized');
