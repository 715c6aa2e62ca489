import dotenv from 'dotenv';

/** Reads .env when present. Quiet: stdout belongs to the CLI's JSON and the operator's output. */
export function loadDotenv(): void {
  dotenv.config({ quiet: true });
}
