const DISCORD_EPOCH = 1420070400000n;

/** Discord-shaped ids (timestamp << 22 | counter): 18-19 digits, increasing, unique per fake. */
export class SnowflakeFactory {
  private counter = 0n;

  next(): string {
    this.counter = (this.counter + 1n) & 0x3fffffn;
    return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | this.counter).toString();
  }
}

export function tokenForApplication(applicationId: string): string {
  return `${Buffer.from(applicationId).toString('base64url')}.fake.loopback-token`;
}
