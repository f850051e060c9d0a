/** Discord's message limits, in one place, for whoever sizes a message (render, paging, digests). */

export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  totalEmbedCharacters: 6000,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  customId: 100,
} as const;

/** What counts towards the 6000 characters across the embeds of one message. */
export interface EmbedLike {
  title?: string;
  description?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: ReadonlyArray<{ name: string; value: string }>;
}

export const embedLength = (embed: EmbedLike): number =>
  (embed.title?.length ?? 0) +
  (embed.description?.length ?? 0) +
  (embed.footer?.text.length ?? 0) +
  (embed.author?.name.length ?? 0) +
  (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
