/** /sources in English and Czech: every problem a source can have, worded for a moderator. */
import { texts } from '../i18n/locale.ts';
import { plural } from '../i18n/plural.ts';
import { escapeMarkdown, inlineFile } from '../util/markdown.ts';
import type { SourceError } from '../store/sources.ts';

const code = inlineFile;
const stamp = (date: Date | undefined, never: string): string =>
  date ? `<t:${Math.floor(date.getTime() / 1000)}:R>` : never;

type Problems = Record<string, (detail: string) => string>;

const EN_PROBLEMS: Problems = {
  scheme: (detail: string) => `Only http and https addresses can be followed (${escapeMarkdown(detail)}).`,
  private: (detail: string) => `Refused: ${code(detail)} is a private, local or metadata address.`,
  timeout: (detail: string) => `The site did not answer in time (${detail}).`,
  'too-large': (detail: string) => `The answer was too large (${detail}).`,
  redirects: (detail: string) => `Too many redirects (${detail}).`,
  http: (detail: string) => `The site answered with an error (${detail}).`,
  network: (detail: string) => `The site could not be reached (${code(detail)}).`,
  'not-a-feed': (detail: string) => `Not a feed, nor a page linking one or with readable content: ${code(detail)}.`,
  'broken-feed': (detail: string) => `The feed is broken: ${escapeMarkdown(detail)}.`,
  'unreadable-item': (detail: string) =>
    `An item's page could not be read: ${escapeMarkdown(detail)}. Nothing was saved.`,
  'name-taken': (detail: string) => `A source is already called **${escapeMarkdown(detail)}**: choose another name.`,
  'already-followed': (detail: string) => `This is already followed as **${escapeMarkdown(detail)}**.`,
  internal: () => 'Something went wrong on my side; it has been logged.',
};

const CS_PROBLEMS: Problems = {
  scheme: (detail) => `Sledovat lze jen adresy http a https (${escapeMarkdown(detail)}).`,
  private: (detail) => `Odmítnuto: ${code(detail)} je soukromá, místní nebo metadatová adresa.`,
  timeout: (detail) => `Web neodpověděl včas (${detail}).`,
  'too-large': (detail) => `Odpověď byla příliš velká (${detail}).`,
  redirects: (detail) => `Příliš mnoho přesměrování (${detail}).`,
  http: (detail) => `Web odpověděl chybou (${detail}).`,
  network: (detail) => `Web nebyl dosažitelný (${code(detail)}).`,
  'not-a-feed': (detail) => `Není to kanál RSS/Atom, stránka odkazující na kanál ani čitelná stránka: ${code(detail)}.`,
  'broken-feed': (detail) => `Kanál je poškozený: ${escapeMarkdown(detail)}.`,
  'unreadable-item': (detail) => `Stránku položky nelze přečíst: ${escapeMarkdown(detail)}. Nic nebylo uloženo.`,
  'name-taken': (detail) => `Zdroj jménem **${escapeMarkdown(detail)}** už existuje: zvolte jiné jméno.`,
  'already-followed': (detail) => `Tento zdroj už je sledován jako **${escapeMarkdown(detail)}**.`,
  internal: () => 'Na mé straně se něco pokazilo; je to zaznamenáno.',
};

const worded = (problems: Problems, problem: string, detail: string): string =>
  (problems[problem] ?? ((text: string) => `${problem}: ${text}`))(detail);

const en = {
  /** One problem in words; an unknown one by its code. */
  problem: (problem: string, detail: string): string => worded(EN_PROBLEMS, problem, detail),
  unknownSource: (name: string) =>
    `No source is called **${escapeMarkdown(name)}**. Pick one from the suggestions, or see \`/sources list\`.`,
  followed: (name: string, kind: string, url: string, hours: string) =>
    `Following **${escapeMarkdown(name)}** (${kind}) at ${url}, checked ${hours}. Its items come with the next check (\`/sources check\`).`,
  kinds: { feed: 'feed', page: 'page watched for changes' } as Record<string, string>,
  every: { 60: 'every hour', 360: 'every 6 hours', 1440: 'every day' } as Record<number, string>,
  unfollowed: (name: string, items: number) =>
    `No longer following **${escapeMarkdown(name)}**. The ${plural(items, ['document', 'documents', 'documents'])} already saved from it stay indexed.`,
  listTitle: (n: number) => `Followed sources (${n})`,
  none: 'No source is followed yet. Add one with `/sources follow url:`.',
  status: (items: number, success: Date | undefined, checked: Date | undefined) =>
    `${plural(items, ['item', 'items', 'items'])} · last success ${stamp(success, 'never')} · last check ${stamp(checked, 'never')}`,
  lastError: (text: string) => `Last error: ${text}`,
  checkTitle: 'Sources checked',
  added: (name: string, n: number) =>
    `**${escapeMarkdown(name)}**: ${plural(n, ['new item', 'new items', 'new items'])}`,
  nothingNew: (name: string) => `**${escapeMarkdown(name)}**: nothing new`,
  failed: (name: string, text: string) => `**${escapeMarkdown(name)}**: ${text}`,
};

export type SourcesText = typeof en;

const cs: SourcesText = {
  problem: (problem, detail) => worded(CS_PROBLEMS, problem, detail),
  unknownSource: (name) =>
    `Žádný zdroj se nejmenuje **${escapeMarkdown(name)}**. Vyberte z nabídky, nebo viz \`/sources list\`.`,
  followed: (name, kind, url, hours) =>
    `Sleduji **${escapeMarkdown(name)}** (${kind}) na ${url}, kontrola ${hours}. Položky přibudou při příští kontrole (\`/sources check\`).`,
  kinds: { feed: 'kanál', page: 'stránka sledovaná kvůli změnám' },
  every: { 60: 'každou hodinu', 360: 'každých 6 hodin', 1440: 'každý den' },
  unfollowed: (name, items) =>
    `**${escapeMarkdown(name)}** už nesleduji. Dokumenty z něj už uložené (${items}) zůstávají v rejstříku.`,
  listTitle: (n) => `Sledované zdroje (${n})`,
  none: 'Zatím se nesleduje žádný zdroj. Přidejte ho příkazem `/sources follow url:`.',
  status: (items, success, checked) =>
    `${plural(items, ['položka', 'položky', 'položek'])} · poslední úspěch ${stamp(success, 'nikdy')} · poslední kontrola ${stamp(checked, 'nikdy')}`,
  lastError: (text) => `Poslední chyba: ${text}`,
  checkTitle: 'Zdroje zkontrolovány',
  added: (name, n) => `**${escapeMarkdown(name)}**: ${plural(n, ['nová položka', 'nové položky', 'nových položek'])}`,
  nothingNew: (name) => `**${escapeMarkdown(name)}**: nic nového`,
  failed: (name, text) => `**${escapeMarkdown(name)}**: ${text}`,
};

export const sourcesText = texts({ en, cs });

/** One problem in words. */
export const describeProblem = (t: SourcesText, error: SourceError): string => t.problem(error.problem, error.detail);
