// Limits of a message body (create, edit, follow-up, interaction response):
// content, embeds (including the 6000-character total), components (with
// Components V2: no content or embeds beside them, 40 components in all,
// 4,000 characters across text displays), and the allowed_mentions rule of
// this project.

type Body = Record<string, any>;

const ACTION_ROW = 1;
const BUTTON = 2;
const SECTION = 9;
const TEXT_DISPLAY = 10;
const IS_COMPONENTS_V2 = 1 << 15;

export function checkMessage(message: Body, label: string): string[] {
  return [
    ...checkContent(message, label),
    ...checkEmbeds(message.embeds ?? [], label),
    ...checkComponents(message, label),
    ...checkComponentsV2(message, label),
    ...checkAllowedMentions(message, label),
  ];
}

function checkContent(message: Body, label: string): string[] {
  if (typeof message.content !== 'string') return [];
  const size = length(message.content);
  return size > 2000 ? [`${label}.content has ${size} characters (max 2000)`] : [];
}

function checkAllowedMentions(message: Body, label: string): string[] {
  const mentions = message.allowed_mentions;
  if (!mentions) return [`${label}.allowed_mentions is missing (the bot must never ping by accident)`];
  const parse: unknown[] = mentions.parse ?? [];
  return parse.includes('everyone') ? [`${label}.allowed_mentions.parse allows @everyone`] : [];
}

function checkEmbeds(embeds: Body[], label: string): string[] {
  const problems: string[] = [];
  if (embeds.length > 10) problems.push(`${label}.embeds: at most 10 embeds (has ${embeds.length})`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const where = `${label}.embeds[${i}]`;
    problems.push(...checkEmbed(embed, where));
    total += embedSize(embed);
  });
  if (total > 6000) problems.push(`${label}.embeds: ${total} characters in all embeds (max 6000)`);
  return problems;
}

function checkEmbed(embed: Body, where: string): string[] {
  const problems = [
    ...limit(embed.title, 256, `${where}.title`),
    ...limit(embed.description, 4096, `${where}.description`),
    ...limit(embed.footer?.text, 2048, `${where}.footer.text`),
    ...limit(embed.author?.name, 256, `${where}.author.name`),
  ];
  const fields: Body[] = embed.fields ?? [];
  if (fields.length > 25) problems.push(`${where}.fields: at most 25 fields (has ${fields.length})`);
  fields.forEach((field, i) => {
    problems.push(...required(field.name, 256, `${where}.fields[${i}].name`));
    problems.push(...required(field.value, 1024, `${where}.fields[${i}].value`));
  });
  return problems;
}

function embedSize(embed: Body): number {
  const texts = [embed.title, embed.description, embed.footer?.text, embed.author?.name];
  for (const field of embed.fields ?? []) texts.push(field.name, field.value);
  return texts.reduce((sum: number, text) => sum + (typeof text === 'string' ? length(text) : 0), 0);
}

function checkComponents(message: Body, label: string): string[] {
  const rows: Body[] = message.components ?? [];
  const problems: string[] = [];
  const v2 = typeof message.flags === 'number' && (message.flags & IS_COMPONENTS_V2) !== 0;
  if (!v2 && rows.length > 5) problems.push(`${label}.components: at most 5 action rows (has ${rows.length})`);
  rows.forEach((row, i) => {
    if (row.type !== ACTION_ROW) return;
    const children: Body[] = row.components ?? [];
    const buttons = children.filter((child) => child.type === BUTTON).length;
    if (buttons > 5) problems.push(`${label}.components[${i}]: at most 5 buttons in a row (has ${buttons})`);
    if (buttons < children.length && children.length > 1) {
      problems.push(`${label}.components[${i}]: a select menu must be alone in its row`);
    }
  });
  const ids = customIds(rows);
  for (const id of ids) {
    if (id.length < 1 || id.length > 100)
      problems.push(`${label}: custom_id "${id.slice(0, 20)}…" must be 1-100 characters`);
  }
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  for (const id of new Set(repeated)) problems.push(`${label}: custom_id "${id}" used twice`);
  return problems;
}

function checkComponentsV2(message: Body, label: string): string[] {
  const v2 = typeof message.flags === 'number' && (message.flags & IS_COMPONENTS_V2) !== 0;
  const components: Body[] = message.components ?? [];
  if (!v2) {
    const layout = components.filter((component) => component?.type !== ACTION_ROW);
    return layout.length > 0 ? [`${label}.components: layout components need the IS_COMPONENTS_V2 flag`] : [];
  }
  const problems: string[] = [];
  if (typeof message.content === 'string' && message.content.length > 0) {
    problems.push(`${label}.content: a Components V2 message cannot carry content`);
  }
  if ((message.embeds ?? []).length > 0) problems.push(`${label}.embeds: a Components V2 message cannot carry embeds`);
  const count = countComponents(components);
  if (count > 40) problems.push(`${label}.components: ${count} components in all (max 40)`);
  const text = textDisplays(components).reduce((sum, content) => sum + length(content), 0);
  if (text > 4000) problems.push(`${label}.components: ${text} characters across text displays (max 4000)`);
  return problems;
}

function countComponents(components: Body[]): number {
  return components.reduce(
    (sum, component) => sum + 1 + countComponents(component?.components ?? []) + (component?.accessory ? 1 : 0),
    0,
  );
}

function textDisplays(components: Body[]): string[] {
  return components.flatMap((component) => {
    if (component?.type === TEXT_DISPLAY) return [String(component.content ?? '')];
    if (component?.type === SECTION && component.accessory) return textDisplays(component.components ?? []);
    return textDisplays(component?.components ?? []);
  });
}

/** Every custom_id anywhere in a component tree. */
function customIds(components: Body[]): string[] {
  return components.flatMap((component) => {
    const own = typeof component?.custom_id === 'string' ? [component.custom_id] : [];
    const nested = [component?.components, component?.accessory ? [component.accessory] : undefined];
    return [...own, ...nested.flatMap((children) => (Array.isArray(children) ? customIds(children) : []))];
  });
}

function limit(text: unknown, max: number, label: string): string[] {
  if (typeof text !== 'string') return [];
  const size = length(text);
  return size > max ? [`${label} has ${size} characters (max ${max})`] : [];
}

function required(text: unknown, max: number, label: string): string[] {
  if (typeof text !== 'string' || text.length === 0) return [`${label} must be a non-empty string`];
  return limit(text, max, label);
}

function length(text: string): number {
  return [...text].length;
}
