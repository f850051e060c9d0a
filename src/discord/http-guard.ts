/**
 * What an HTTP interaction must be before anything runs: signed a moment ago (a timestamp within
 * a few minutes of now), not seen before (interaction ids are remembered for that window), and
 * shaped like an interaction (a signed `null` or `"options": "x"` is a 400, never a crash).
 */
import { ApplicationCommandType, InteractionType, type APIInteraction } from 'discord.js';
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
    this.expiries.set(id, forgetAfter(nowMs, this.windowMs));
    return true;
  }
}

/** When an id received at `nowMs` may be forgotten: twice the window, as a timestamp may be up to one window ahead of the clock. */
export const forgetAfter = (nowMs: number, windowMs = REPLAY_WINDOW_SECONDS * 1000): number => nowMs + 2 * windowMs;

/** Ids remembered where every instance and the next start see them (the state store). */
export interface SharedSeen {
  /** Remembers `id` until `expiresAtMs`; false when it is remembered already. */
  claim(id: string, nowMs: number, expiresAtMs: number): Promise<boolean>;
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
      type: z.number().int().optional(),
      custom_id: z.string().max(100).optional(),
      target_id: snowflake.optional(),
      options: z.array(optionSchema).max(25).optional(),
      resolved: z
        .looseObject({
          attachments: z.record(z.string(), attachmentSchema).optional(),
          messages: z.record(z.string(), z.looseObject({ content: z.string().optional() })).optional(),
        })
        .optional(),
    })
    .optional(),
});

type Shape = z.infer<typeof interactionSchema>;

/**
 * What each interaction type must carry besides the common fields, as a reason when it does not
 * (the transport reads these without further checks): a command its data's name and type, a
 * message command its target among the resolved messages, a button or a form its custom id.
 */
function missingPart(interaction: Shape): string | undefined {
  const { data } = interaction;
  switch (interaction.type) {
    case InteractionType.Ping:
      return undefined;
    case InteractionType.ApplicationCommand:
    case InteractionType.ApplicationCommandAutocomplete:
      if (!data) return 'data: required for a command';
      if (data.name === undefined) return 'data.name: required for a command';
      if (data.type === undefined) return 'data.type: required for a command';
      if (data.type === ApplicationCommandType.Message) {
        if (data.target_id === undefined) return 'data.target_id: required for a message command';
        if (!data.resolved?.messages || !Object.hasOwn(data.resolved.messages, data.target_id))
          return 'data.resolved.messages: must hold the target message';
      }
      return undefined;
    case InteractionType.MessageComponent:
      if (!data) return 'data: required for a component';
      return data.custom_id === undefined ? 'data.custom_id: required for a component' : undefined;
    case InteractionType.ModalSubmit:
      if (!data) return 'data: required for a form';
      return data.custom_id === undefined ? 'data.custom_id: required for a form' : undefined;
    default:
      return `type: ${interaction.type} is not an interaction this endpoint takes`;
  }
}

/** The first problem zod found, as "path: message". */
const firstIssue = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'not an interaction';
};

/**
 * The body as an interaction, or the reason it is not one (not JSON, or not of that shape). The
 * schema checks every field the transport reads, for the type the body claims; the rest passes
 * through as Discord sent it.
 */
export function readInteraction(body: Buffer): { interaction: APIInteraction } | { reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { reason: 'body: not JSON' };
  }
  const result = interactionSchema.safeParse(json);
  if (!result.success) return { reason: firstIssue(result.error) };
  const missing = missingPart(result.data);
  return missing ? { reason: missing } : { interaction: result.data as unknown as APIInteraction };
}
