/**
 * Configuration from the environment (and `.env` through dotenv), validated once at start with
 * zod. A missing or malformed variable is one clear message and exit code 2, never a crash later.
 */
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{15,21}$/, 'must be a Discord id (15-21 digits)');
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const schema = z.object({
  DISCORD_TOKEN: optional(
    z
      .string()
      .regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, 'does not look like a bot token (three dot-separated parts)'),
  ),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DEV_GUILD_ID: optional(snowflake),
  DISCORD_PUBLIC_KEY: optional(
    z.string().regex(/^[0-9a-f]{64}$/i, 'must be the 64 hex characters of the application public key'),
  ),
  INTERACTIONS_PORT: optional(z.coerce.number().int().min(1).max(65535)),
  MODERATOR_ROLE_ID: optional(snowflake),
  DISCORD_API_URL: optional(z.url()),
  SEEDS_DIR: z.string().min(1).default('seeds'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\/\S+$/i, 'must be a postgres:// URL (leave it unset for SQLite in DATA_DIR)'),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DIGEST_WINDOW_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  QUESTIONS_PER_MINUTE: z.coerce.number().int().min(1).max(600).default(5),
  DISCORD_GATEWAY: z.enum(['on', 'off']).default('on'),
  /** on: ask for the privileged Message Content intent (also enabled in the developer portal), to read questions in auto-answer channels. */
  MESSAGE_CONTENT_INTENT: z.enum(['on', 'off']).default('off'),
  SHARD_COUNT: optional(z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)])),
  SOURCES_ALLOW_PRIVATE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  SOURCES_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  SOURCES_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(20 * 1024 * 1024)
    .default(2 * 1024 * 1024),
  SOURCES_HOST_SPACING_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** The variables found wrong, when the environment was read. */
  constructor(
    message: string,
    readonly variables: readonly string[] = [],
  ) {
    super(message);
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(
    `Configuration error: ${problems.join('; ')}. See README.md, "Configuration".`,
    result.error.issues.map((issue) => issue.path.join('.')),
  );
}

/** A bot token's first part is the application id (and the bot's user id) in base64. */
export function idOfToken(token: string | null | undefined): string | undefined {
  const first = token?.split('.')[0];
  const decoded = first ? Buffer.from(first, 'base64').toString('utf8') : '';
  return /^\d{15,21}$/.test(decoded) ? decoded : undefined;
}

export function applicationIdOf(config: Config): string | undefined {
  return config.DISCORD_APPLICATION_ID ?? idOfToken(config.DISCORD_TOKEN);
}

/** Documents saved from followed sources live in this folder of DATA_DIR, and under this prefix in the corpus. */
export const SOURCES_FOLDER = 'sources';
