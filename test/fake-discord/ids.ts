// Identifier helpers for the fake Discord: snowflakes, bot tokens and
// interaction tokens shaped like the real ones.
import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh snowflake string whose timestamp is "now" (unique within this process). */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  const worker = 1n << 17n;
  return String(((BigInt(at) - DISCORD_EPOCH) << 22n) | worker | increment);
}

/** A bot token of the real shape: base64(app id) . 6 chars . 27+ chars. */
export function botToken(applicationId: string): string {
  const head = Buffer.from(applicationId).toString('base64').replace(/=+$/, '');
  const middle = randomBytes(6).toString('base64url').slice(0, 6);
  const tail = randomBytes(27).toString('base64url').slice(0, 27);
  return `${head}.${middle}.${tail}`;
}

/** An interaction token: "interaction:<id>:" in base64 followed by random base64url noise. */
export function interactionToken(interactionId: string): string {
  const head = Buffer.from(`interaction:${interactionId}:`).toString('base64url');
  return `${head}${randomBytes(60).toString('base64url')}`;
}

/** A random gateway session id (32 hex chars, like Discord's). */
export function sessionId(): string {
  return randomBytes(16).toString('hex');
}
