// Discord's documented limits that its OpenAPI file does not encode:
// command/option naming and ordering, message and embed limits, component
// limits, autocomplete choices, and the project rule that every message
// body carries allowed_mentions without @everyone.
import { checkMessage } from './message-rules.ts';

type Body = Record<string, any>;

const NAME_PATTERN = /^[-_\p{L}\p{N}]{1,32}$/u;
const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;
const CHAT_INPUT = 1;

/** Every rule `body` breaks for the request `method path` (empty when fine or not covered). */
export function discordRuleViolations(method: string, path: string, body: unknown): string[] {
  if (!body || typeof body !== 'object') return [];
  const route = routeOf(path);
  const verb = method.toUpperCase();
  if (/^\/applications\/[^/]+(\/guilds\/[^/]+)?\/commands$/.test(route)) {
    if (verb === 'PUT' && Array.isArray(body)) return checkCommandList(body);
    if (verb === 'POST') return checkCommand(body as Body, 'command');
  }
  if (verb === 'PATCH' && /^\/applications\/[^/]+(\/guilds\/[^/]+)?\/commands\/[^/]+$/.test(route)) {
    return checkCommand(body as Body, 'command');
  }
  if (verb === 'POST' && /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(route)) return checkCallback(body as Body);
  if (isMessageRoute(verb, route)) return checkMessage(body as Body, 'message');
  return [];
}

function routeOf(path: string): string {
  const segments = (path.split('?')[0] ?? '').split('/').filter(Boolean).map(decodeSafely);
  if (segments[0] === 'api') segments.shift();
  if (/^v\d+$/.test(segments[0] ?? '')) segments.shift();
  return `/${segments.join('/')}`;
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function isMessageRoute(verb: string, route: string): boolean {
  if (verb === 'POST' && /^\/webhooks\/[^/]+\/[^/]+$/.test(route)) return true;
  if (verb === 'PATCH' && /^\/webhooks\/[^/]+\/[^/]+\/messages\/[^/]+$/.test(route)) return true;
  if (verb === 'POST' && /^\/channels\/[^/]+\/messages$/.test(route)) return true;
  return verb === 'PATCH' && /^\/channels\/[^/]+\/messages\/[^/]+$/.test(route);
}

function checkCallback(body: Body): string[] {
  const data = (body.data ?? {}) as Body;
  switch (body.type) {
    case 4: // CHANNEL_MESSAGE_WITH_SOURCE
    case 7: // UPDATE_MESSAGE
      return checkMessage(data, 'data');
    case 8: // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
      return checkChoices(data.choices ?? [], 'data.choices');
    case 9: // MODAL
      return checkModal(data);
    default:
      return [];
  }
}

function checkModal(data: Body): string[] {
  const problems: string[] = [];
  if (typeof data.custom_id !== 'string' || data.custom_id.length < 1 || data.custom_id.length > 100) {
    problems.push('data.custom_id must be 1-100 characters');
  }
  if (typeof data.title !== 'string' || length(data.title) < 1 || length(data.title) > 45) {
    problems.push('data.title must be 1-45 characters');
  }
  const rows = data.components ?? [];
  if (rows.length < 1 || rows.length > 5) problems.push(`a modal needs 1-5 components (has ${rows.length})`);
  return problems;
}

function checkCommandList(commands: Body[]): string[] {
  const problems = commands.flatMap((command, i) => checkCommand(command, `[${i}] ${command?.name ?? ''}`.trim()));
  const chatInput = commands.filter((command) => (command.type ?? CHAT_INPUT) === CHAT_INPUT);
  if (chatInput.length > 100) problems.push(`at most 100 chat input commands (has ${chatInput.length})`);
  const keys = commands.map((command) => `${command.type ?? CHAT_INPUT}:${command.name}`);
  for (const duplicate of duplicates(keys)) problems.push(`command name used twice: ${duplicate.split(':')[1]}`);
  return problems;
}

function checkCommand(command: Body, label: string): string[] {
  if ((command.type ?? CHAT_INPUT) !== CHAT_INPUT) {
    const ok = typeof command.name === 'string' && length(command.name) >= 1 && length(command.name) <= 32;
    return ok ? [] : [`${label}: context menu name must be 1-32 characters`];
  }
  const problems = [
    ...checkName(command.name, `${label}: name`),
    ...checkLocalizedNames(command.name_localizations, `${label}: name_localizations`),
    ...checkDescription(command.description, `${label}: description`),
    ...checkOptions(command.options ?? [], `${label}: options`),
  ];
  const size = commandSize(command);
  if (size > 8000) problems.push(`${label}: name/description/choice text totals ${size} characters (max 8000)`);
  return problems;
}

function checkOptions(options: Body[], label: string): string[] {
  const problems: string[] = [];
  if (options.length > 25) problems.push(`${label}: at most 25 options (has ${options.length})`);
  for (const duplicate of duplicates(options.map((option) => option.name))) {
    problems.push(`${label}: option name used twice: ${duplicate}`);
  }
  let seenOptional = false;
  options.forEach((option, i) => {
    const where = `${label}[${i}] ${option.name ?? ''}`.trim();
    problems.push(...checkOption(option, where));
    const nested = option.type === SUBCOMMAND || option.type === SUBCOMMAND_GROUP;
    if (!nested && option.required === true && seenOptional) {
      problems.push(`${where}: required options must come before optional ones`);
    }
    if (!nested && option.required !== true) seenOptional = true;
  });
  return problems;
}

function checkOption(option: Body, where: string): string[] {
  const problems = [
    ...checkName(option.name, `${where}: name`),
    ...checkLocalizedNames(option.name_localizations, `${where}: name_localizations`),
    ...checkDescription(option.description, `${where}: description`),
  ];
  if (option.choices) problems.push(...checkChoices(option.choices, `${where}: choices`));
  if (option.choices?.length && option.autocomplete) problems.push(`${where}: choices and autocomplete are exclusive`);
  if (option.options) problems.push(...checkOptions(option.options, `${where}: options`));
  return problems;
}

function checkName(name: unknown, label: string): string[] {
  if (typeof name !== 'string') return [`${label} is missing`];
  const problems: string[] = [];
  if (!NAME_PATTERN.test(name)) problems.push(`${label} "${name}" must match ^[-_\\p{L}\\p{N}]{1,32}$`);
  if (name !== name.toLowerCase()) problems.push(`${label} "${name}" must be lowercase`);
  return problems;
}

function checkLocalizedNames(localizations: unknown, label: string): string[] {
  if (!localizations || typeof localizations !== 'object') return [];
  return Object.entries(localizations).flatMap(([locale, name]) => checkName(name, `${label}.${locale}`));
}

function checkDescription(description: unknown, label: string): string[] {
  if (typeof description !== 'string') return [`${label} is missing`];
  const size = length(description);
  return size >= 1 && size <= 100 ? [] : [`${label} must be 1-100 characters (has ${size})`];
}

/** Choices of an option or an autocomplete result. */
function checkChoices(choices: Body[], label: string): string[] {
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${label}: at most 25 choices (has ${choices.length})`);
  choices.forEach((choice, i) => {
    const name = choice?.name;
    if (typeof name !== 'string' || length(name) < 1 || length(name) > 100) {
      problems.push(
        `${label}[${i}].name must be 1-100 characters (has ${typeof name === 'string' ? length(name) : 'none'})`,
      );
    }
    if (typeof choice?.value === 'string' && length(choice.value) > 100) {
      problems.push(`${label}[${i}].value must be at most 100 characters`);
    }
  });
  return problems;
}

function commandSize(command: Body): number {
  const own = length(command.name ?? '') + length(command.description ?? '');
  const choices = (command.choices ?? []).reduce(
    (sum: number, choice: Body) => sum + length(choice.name ?? '') + length(String(choice.value ?? '')),
    0,
  );
  const options = (command.options ?? []).reduce((sum: number, option: Body) => sum + commandSize(option), 0);
  return own + choices + options;
}

function duplicates(values: unknown[]): string[] {
  const seen = new Set<unknown>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(String(value));
    seen.add(value);
  }
  return [...repeated];
}

/** Length in Unicode code points, as Discord counts characters. */
export function length(text: string): number {
  return [...text].length;
}
