/** Turns V8's "... in JSON at position N" into a line and column (1-based) so a person can find the mistake. */
export function describeJsonSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  const position =
    match?.[1] !== undefined ? Number(match[1]) : /end of JSON input/.test(message) ? text.length : undefined;
  if (position === undefined) return `malformed JSON: ${message}`;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  const reason = message.replace(/ in JSON at position \d+.*$/s, '');
  return `malformed JSON at line ${line}, column ${column}: ${reason}`;
}
