/**
 * What an HTTP interaction must be before anything runs: signed a moment ago (a timestamp within
 * a few minutes of now), not seen before (interaction ids are remembered for that window), and
 * shaped like an interaction (a signed `null` or `"options": "x"` is a 400, never a crash).
 */
import type { APIInteraction } from 'discord.js';
import { z } from 'zod';
import type { OptionData } from './invocation.ts';

/** How far a signature's timestamp may be from now, either way; ids are remembered this long. */
const REPLAY_WINDOW_SECONDS = 5 * 60;

/** A bound on remembered ids, far above real traffic: memory stays bounded whatever arrives. */
const MAX_REMEMBERED = 200_000;

/** Whether a signature timestamp (Unix seconds, decimal digits only) is within the window of `nowMs`. */
export function isFreshTimestamp(
  timestamp: string | undefined,
  nowMs: number,
  windowSeconds = REPLAY_WINDOW_SECONDS,
): boolean {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(Number(timestamp) - nowMs / 1000) <= windowSeconds;
}

/** Interaction ids answered within the window: a second request with one is a replay. */
export class SeenInteractions {
  /** id -> when it may be forgotten (ms); insertion order is expiry order. */
  private readonly expiries = new Map<string, number>();

  constructor(private readonly windowMs = REPLAY_WINDOW_SECONDS * 1000) {}

  /** Remembers `id`; false when it was already seen within the window. */
  firstTime(id: string, nowMs: number): boolean {
    for (const [known, expiry] of this.expiries) {
      if (expiry > nowMs && this.expiries.size < MAX_REMEMBERED) break;
      this.expiries.delete(known);
    }
    if (this.expiries.has(id)) return false;
    // Twice the window: a timestamp may be up to one window ahead of the clock.
    this.expiries.set(id, nowMs + 2 * this.windowMs);
    return true;
  }
}

const snowflake = z.string().regex(/^\d{1,21}$/);

const optionSchema: z.ZodType<OptionData> = z.lazy(() =>
  z.object({
    name: z.string(),
    type: z.number().int(),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    options: z.array(optionSchema).max(25).optional(),
    focused: z.boolean().optional(),
  }),
);

const attachmentSchema = z.object({
  filename: z.string(),
  url: z.string(),
  size: z.number().int().min(0),
  content_type: z.string().optional(),
});

const interactionSchema = z.looseObject({
  type: z.number().int(),
  id: snowflake,
  token: z.string().max(500),
  application_id: snowflake,
  locale: z.string().optional(),
  channel_id: snowflake.optional(),
  guild_id: snowflake.optional(),
  member: z
    .looseObject({
      user: z.looseObject({ id: snowflake }).optional(),
      permissions: z
        .string()
        .regex(/^\d{1,30}$/)
        .optional(),
      roles: z.array(snowflake).optional(),
    })
    .optional(),
  user: z.looseObject({ id: snowflake }).optional(),
  data: z
    .looseObject({
      name: z.string().optional(),
      custom_id: z.string().max(100).optional(),
      options: z.array(optionSchema).max(25).optional(),
      resolved: z.looseObject({ attachments: z.record(z.string(), attachmentSchema).optional() }).optional(),
    })
    .optional(),
});

/**
 * The body as an interaction, or undefined when it is not JSON of that shape. The schema checks
 * the fields the transport reads; the rest passes through as Discord sent it.
 */
export function readInteraction(body: Buffer): APIInteraction | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  const result = interactionSchema.safeParse(json);
  return result.success ? (result.data as unknown as APIInteraction) : undefined;
}
