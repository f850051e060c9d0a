/** Structured JSON logs with pino, on stderr so stdout stays the command's output. Tokens are redacted. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino(
    {
      name: 'liaison',
      level,
      redact: { paths: ['token', '*.token', 'config.DISCORD_TOKEN', 'headers.authorization'], censor: '[redacted]' },
    },
    pino.destination(2),
  );
}
