/** Discord's message limits, in one place, for whoever sizes a message (render, paging, digests). */

export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  customId: 100,
  /** Components V2: every component of a message counts, nested ones included. */
  components: 40,
  /** Components V2: characters across all the text displays of a message. */
  textDisplayCharacters: 4000,
  /** Cards a list or digest puts in one message, so its components stay within 40 (at most 7 a card). */
  cardsPerMessage: 5,
} as const;

/** The characters of a card's text (title, description, fields, footer) before the renderer's markup. */
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
