// What a reader sees of a message body, whichever way it is built: its
// content, then its embeds (title, description, fields, footer) or its
// Components V2 text displays (inside containers and sections), in reading
// order, one piece per line. Buttons' labels are controls, not text, and
// are left out.

type Body = Record<string, any>;

const TEXT_DISPLAY = 10;

/** A message body (an interaction response's `data`, a webhook or channel message) -> its text. */
export function visibleText(message: Body | undefined): string {
  return visibleLines(message).join('\n');
}

/** The same, as the pieces the reader sees one under another. */
export function visibleLines(message: Body | undefined): string[] {
  if (!message) return [];
  const pieces: string[] = [];
  if (typeof message.content === 'string') pieces.push(message.content);
  for (const embed of message.embeds ?? []) {
    pieces.push(embed.author?.name, embed.title, embed.description);
    for (const field of embed.fields ?? []) pieces.push(field.name, field.value);
    pieces.push(embed.footer?.text);
  }
  pieces.push(...textDisplays(message.components ?? []));
  return pieces
    .filter((piece): piece is string => typeof piece === 'string' && piece.length > 0)
    .flatMap((piece) => piece.split('\n'));
}

function textDisplays(components: Body[]): string[] {
  return components.flatMap((component) =>
    component?.type === TEXT_DISPLAY ? [String(component.content ?? '')] : textDisplays(component?.components ?? []),
  );
}

/** The link buttons of a message body (a card's source, anywhere in its layout): label and url. */
export function linkButtons(message: Body | undefined): Array<{ label: string; url: string }> {
  const walk = (components: Body[]): Array<{ label: string; url: string }> =>
    components.flatMap((component) => [
      ...(typeof component?.url === 'string' ? [{ label: String(component.label), url: component.url }] : []),
      ...walk([...(component?.components ?? []), ...(component?.accessory ? [component.accessory] : [])]),
    ]);
  return walk(message?.components ?? []);
}

const EPHEMERAL = 1 << 6;

/** Whether only the person who asked sees the message. */
export const isPrivate = (message: Body | undefined): boolean => ((message?.flags ?? 0) & EPHEMERAL) !== 0;
