import type { StepKind } from '../../corpus/types.ts';
/**
 * The English language pack: every string the bot shows an English reader, command names,
 * descriptions, option names and choice labels included. Its shape is the type every other pack
 * must have (`Pack`), so a key missing from cs.ts or de.ts fails type-checking. Document text is
 * never translated: these are the bot's own words.
 */
import { ENGLISH_REASONS, type Reason, type ReasonWording } from '../../corpus/warnings.ts';
import { escapeMarkdown, inlineFile as code } from '../../util/markdown.ts';
import { counter } from '../plural.ts';

const count = counter('en');
const list = (names: readonly string[]): string => names.join(', ');
const stamp = (date: Date | undefined, never: string): string =>
  date ? `<t:${Math.floor(date.getTime() / 1000)}:R>` : never;

/** How each reason a file was skipped (or the seeds folder not read) is worded. */
export type { ReasonWording };

/** English reasons are worded beside the reasons (src/corpus/warnings.ts): errors and logs speak English too. */
const reasons: ReasonWording = ENGLISH_REASONS;

const describe = (reason: Reason): string => (reasons[reason.code] as (reason: Reason) => string)(reason);

/** Why a document could not be added or removed (documents/manager.ts `Problem`). */
const refused = {
  name: (name: string) => `“${escapeMarkdown(name)}” leaves no usable file name.`,
  type: (file: string) => `${code(file)}: only .txt, .md, .html, .pdf, .docx and .eml files can be added.`,
  size: (size: string) => `The file is too large (${size}); the limit is 5 MB.`,
  unreadable: (reason: string) => `The file cannot be used: ${escapeMarkdown(reason)}. Nothing was saved.`,
  exists: (file: string) => `${code(file)} is already in the folder. Add it again with replace: true to overwrite it.`,
  unknown: (value: string) => `No indexed document is ${code(value)}. Pick one from the suggestions.`,
  source: (where: string) => `Only files attached in Discord can be added (not ${code(where)}). Nothing was saved.`,
  download: (reason: string) => `The file could not be downloaded from Discord (${escapeMarkdown(reason)}). Try again.`,
  timeout: (seconds: string) => `Downloading the file took longer than ${seconds} s and was stopped. Try again later.`,
};

export type DocumentProblem = keyof typeof refused;

/** What can go wrong with a followed source (store/sources.ts `SourceError`). */
const sourceProblems: Record<string, (detail: string) => string> = {
  scheme: (detail) => `Only http and https addresses can be followed (${escapeMarkdown(detail)}).`,
  private: (detail) => `Refused: ${code(detail)} is a private, local or metadata address.`,
  timeout: (detail) => `The site did not answer in time (${detail}).`,
  'too-large': (detail) => `The answer was too large (${detail}).`,
  redirects: (detail) => `Too many redirects (${detail}).`,
  http: (detail) => `The site answered with an error (${detail}).`,
  network: (detail) => `The site could not be reached (${code(detail)}).`,
  'not-a-feed': (detail) => `Not a feed, nor a page linking one or with readable content: ${code(detail)}.`,
  'broken-feed': (detail) => `The feed is broken: ${escapeMarkdown(detail)}.`,
  'unreadable-item': (detail) => `An item's page could not be read: ${escapeMarkdown(detail)}. Nothing was saved.`,
  'name-taken': (detail) => `A source is already called **${escapeMarkdown(detail)}**: choose another name.`,
  'already-followed': (detail) => `This is already followed as **${escapeMarkdown(detail)}**.`,
  internal: () => 'Something went wrong on my side; it has been logged.',
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const kinds = {
  development: 'development',
  news: 'news',
  contact: 'contact',
  treaty: 'treaty',
  minutes: 'minutes',
  bulletin: 'bulletin',
  email: 'e-mail',
  project: 'project',
  policy: 'policy',
};

/** Options several commands share, worded once. */
const since = { name: 'since', description: 'Start here instead of at the last digest (2025-01-01, 30d, 2025)' };
const developmentCountry = { name: 'country', description: 'Only developments about this country' };
const topic = { name: 'topic', description: 'Only this thematic area' };
const channel = { name: 'channel', description: 'The channel (or forum) the digest goes to' };
const thread = { name: 'thread', description: 'Open a new thread for each digest' };
const role = { name: 'role', description: 'Role to ping with each digest' };
const source = { name: 'source', description: 'A followed source' };

export const en = {
  /** How Intl formats dates and counts for this language, and which Discord locales it answers. */
  meta: { intl: 'en-GB', discord: ['en-US', 'en-GB'] as readonly string[] },

  /** Command names, descriptions, options and choices, as registered and listed by /help. */
  commands: {
    about: { name: 'about', description: 'Which documents I know and when the index was built' },
    channels: {
      name: 'channels',
      description: 'Moderators: where I answer without being asked, and where questions go to people',
      subcommands: {
        'auto-answer': {
          name: 'auto-answer',
          description: 'Answer every new post of a forum, or every question in a text channel',
          options: {
            channel: { name: 'channel', description: 'The forum or text channel' },
            min_confidence: {
              name: 'min_confidence',
              description: 'Answer only when the best passage holds this % of the question (1-100)',
            },
            commands: {
              name: 'commands',
              description: 'Only these lookups answer: search contacts treaty… (default all)',
            },
          },
        },
        'auto-answer-off': {
          name: 'auto-answer-off',
          description: 'Stop answering in a channel without being asked',
          options: { channel: { name: 'channel', description: 'The forum or text channel' } },
        },
        list: { name: 'list', description: 'Where I answer without being asked, and the hand-off channel' },
        handoff: {
          name: 'handoff',
          description: 'Where “Ask a colleague” opens a thread, and the role it pings',
          options: {
            channel: { name: 'channel', description: 'The channel (or forum) for hand-off threads' },
            role: { name: 'role', description: 'The role each hand-off pings' },
          },
        },
      },
    },
    contacts: {
      name: 'contacts',
      description: 'Who to reach and how: phones, 24/7 lines, fax, e-mails, addresses',
      options: {
        query: { name: 'query', description: 'Organisation, unit, person, city, number or need (24/7, night, fax)' },
      },
    },
    developments: {
      name: 'developments',
      description: 'Dated developments, newest first, by country, topic, type and date',
      options: {
        country: developmentCountry,
        topic,
        type: { name: 'type', description: 'Only this type of development (Policy, …)' },
        since: { name: 'since', description: 'On or after (2025-01-01, 6.2.2026, 30d, last month, 2025)' },
        until: { name: 'until', description: 'On or before (2025-12-31, 6.2.2026, 2025)' },
        query: { name: 'query', description: 'Words the development must mention' },
        limit: { name: 'limit', description: 'How many to a page (1-25, default 5)' },
      },
    },
    digest: {
      name: 'digest',
      description: 'Moderators: digests of new developments for a channel',
      subcommands: {
        preview: {
          name: 'preview',
          description: 'Show me the digest that would be posted (nothing is posted)',
          options: {
            since,
            country: developmentCountry,
            topic,
            channel: { name: 'channel', description: 'For this channel (default: here)' },
          },
        },
        post: {
          name: 'post',
          description: 'Post the digest of what is new to a channel',
          options: { channel, since, country: developmentCountry, topic, thread, role },
        },
        schedule: {
          name: 'schedule',
          description: 'Post a digest to a channel every day or week',
          options: {
            channel,
            every: { name: 'every', description: 'How often', choices: { daily: 'daily', weekly: 'weekly' } },
            at: { name: 'at', description: 'Time of day, HH:MM (default 08:00)' },
            weekday: {
              name: 'weekday',
              description: 'Day of the week, for weekly (default Monday)',
              choices: {
                monday: 'Monday',
                tuesday: 'Tuesday',
                wednesday: 'Wednesday',
                thursday: 'Thursday',
                friday: 'Friday',
                saturday: 'Saturday',
                sunday: 'Sunday',
              },
            },
            time_zone: { name: 'time_zone', description: 'Time zone of at, e.g. Europe/Prague (default UTC)' },
            country: developmentCountry,
            topic,
            thread,
            role,
          },
        },
        unschedule: {
          name: 'unschedule',
          description: 'Stop the scheduled digests of a channel',
          options: { channel },
        },
      },
    },
    documents: {
      name: 'documents',
      description: 'Moderators: what is indexed; add, remove or re-index documents',
      subcommands: {
        list: {
          name: 'list',
          description: 'What is indexed: title, kind, date, file',
          options: { page: { name: 'page', description: 'Page number' } },
        },
        add: {
          name: 'add',
          description: 'Add a .txt, .md, .html, .pdf, .docx or .eml document (up to 5 MB)',
          options: {
            file: { name: 'file', description: 'The document' },
            replace: { name: 'replace', description: 'Overwrite a file of the same name' },
          },
        },
        remove: {
          name: 'remove',
          description: 'Remove a document from the index (the file is moved aside)',
          options: { document: { name: 'document', description: 'The document' } },
        },
        reload: { name: 'reload', description: 'Re-read the documents folder now' },
      },
    },
    help: { name: 'help', description: 'What I can answer, with examples' },
    questions: {
      name: 'questions',
      description: 'Moderators: questions the documents did not answer or answered unhelpfully',
      options: { days: { name: 'days', description: 'How many days back (default 7)' } },
    },
    search: {
      name: 'search',
      description: 'Search every document (diacritics optional, "quoted phrases" exact)',
      options: {
        query: { name: 'query', description: 'Words or "a phrase" to look for' },
        country: { name: 'country', description: 'Only documents about this country' },
        since: { name: 'since', description: 'Only documents dated on or after (2025-01-01, 30d, 2025)' },
        kind: { name: 'kind', description: 'Only this kind of document', choices: kinds },
      },
    },
    sources: {
      name: 'sources',
      description: 'Moderators: feeds and pages the bot follows and indexes',
      subcommands: {
        follow: {
          name: 'follow',
          description: 'Follow an RSS/Atom feed, a page linking one, or a page watched for changes',
          options: {
            url: { name: 'url', description: 'Address of the feed or page (http or https)' },
            name: { name: 'name', description: 'Name to list it under (default: the feed title)' },
            every: {
              name: 'every',
              description: 'How often to check (default hourly)',
              choices: { '60': 'hourly', '360': 'every 6 hours', '1440': 'daily' },
            },
            country: { name: 'country', description: 'Country its items are about' },
          },
        },
        list: { name: 'list', description: 'The followed sources: last success, last error, items' },
        unfollow: {
          name: 'unfollow',
          description: 'Stop following a source (its saved documents stay)',
          options: { source },
        },
        check: { name: 'check', description: 'Check one source or all of them now', options: { source } },
      },
    },
    treaty: {
      name: 'treaty',
      description: 'What an agreement says: parties, date signed, status, key provisions',
      options: {
        query: { name: 'query', description: 'Agreement name, party or subject (empty: list them all)' },
      },
    },
  },
  /** `hide` and `mention`, which every lookup takes. */
  lookupOptions: {
    hide: { name: 'hide', description: 'Only you see the answer' },
    mention: { name: 'mention', description: 'Point the answer at this person' },
  },
  /** The message context-menu command (mixed case and spaces allowed). */
  messageCommand: 'Search liaison',
  /** Moderators' message command: the message becomes a team answer. */
  saveAnswerCommand: 'Save as answer',

  /** The framework's own words: what goes wrong finding, checking and running a command. */
  framework: {
    unknownCommand: (name: string) => `There is no command “${name}”. Try \`help\`.`,
    noSubcommand: (command: string, subcommand: string) => `/${command} has no subcommand “${subcommand}”.`,
    needsSubcommand: (command: string, names: readonly string[], given?: string) =>
      `/${command} needs one of: ${list(names)}${given ? ` (not “${given}”)` : ''}.`,
    notModerator: 'Only moderators (Manage Messages) can do this.',
    buttonGone: 'This button is no longer supported.',
    somethingWrong: (id: string) =>
      `Something went wrong on my side. It has been logged as **${id}**; please try again.`,
    unknownOption: (name: string, known: readonly string[]) =>
      `Option “${name}”: unknown; ${known.length ? `this command takes ${list(known)}` : 'this command takes no options'}.`,
    required: (name: string) => `Option “${name}”: is required.`,
    notNumber: (name: string, whole: boolean, raw: string) =>
      `Option “${name}”: expected a ${whole ? 'whole ' : ''}number written in digits, got “${raw}”.`,
    atLeast: (name: string, min: number) => `Option “${name}”: must be at least ${min}.`,
    atMost: (name: string, max: number) => `Option “${name}”: must be at most ${max}.`,
    notBoolean: (name: string) => `Option “${name}”: expected true or false.`,
    notUser: (name: string) => `Option “${name}”: expected a user id or mention.`,
    notChannel: (name: string) => `Option “${name}”: expected a channel id or mention.`,
    notRole: (name: string) => `Option “${name}”: expected a role id or mention.`,
    notFile: (name: string) => `Option “${name}”: expected a file.`,
    empty: (name: string) => `Option “${name}”: must not be empty.`,
    tooShort: (name: string, min: number) => `Option “${name}”: must be at least ${min} characters.`,
    tooLong: (name: string, max: number) => `Option “${name}”: must be at most ${max} characters.`,
    notAChoice: (name: string, choices: readonly string[]) => `Option “${name}”: must be one of ${list(choices)}.`,
  },
  /** Questions asked by mention or from a message's menu, and votes on their answers. */
  questionsAsked: {
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    askColleague: 'Ask a colleague',
    whyTitle: 'Why did it not help?',
    whyReason: 'What was wrong with the answer?',
    whyDetail: 'Anything to add? (optional)',
    reasons: {
      wrong: 'It is wrong',
      outdated: 'It is outdated',
      'not-found': 'It is not what I was looking for',
      other: 'Something else',
    },
    voteThanks: 'Thank you: noted for the moderators.',
    alreadyVoted: 'You have already rated this answer.',
    slowDown: 'Slow down a little, please: I answer a few questions a minute per person. Ask again in a minute.',
    askWhat: 'Ask me a question after the mention, e.g. “who do I call at night about a SIRENE hit?”',
    noTextToSearch: 'That message has no text to search.',
  },
  /** Words the answer toolkit puts into every answer: citations, paging, date hints. */
  answers: {
    source: 'Source',
    previous: '◀ Previous',
    next: 'Next ▶',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    tooLong: 'shorten the query or add filters to page on',
    badDate: (value: string) =>
      `“${value}” is not a date I understand. Use 2026-02-06, 6.2.2026, 6 February 2026, 30d, last month or 2025 (years 1900–2100).`,
  },
  /** Document kinds as this language names them. */
  kinds,
  /** Why a file was skipped, and the reading stages a slow file stopped after. */
  reasons,
  stages: {} as Record<string, string>,
  /** What the terminal says: the session's greeting and help, and mistakes in a typed command line. */
  cli: {
    greeting: (documents: number) =>
      `liaison: ${count(documents, { one: 'document', other: 'documents' })} indexed. Type help, or a command such as /search query: frontex`,
    sessionHelp: 'Write options as name: value, for example /search query: policejni spoluprace. exit to leave.',
    skipped: (file: string, reason: string) => `warning: skipped ${file}: ${reason}`,
    noSuchCommand: (name: string, commands: readonly string[], meant?: string) =>
      `There is no command “${name}”.${meant ? ` Did you mean “${meant}”?` : ''} Commands: ${commands.join(', ')}.`,
    whichCommand: 'Which command? Try `help`.',
    unexpected: (word: string) => `Unexpected “${word}”: options are written --name value.`,
    needsValue: (name: string) => `Option --${name} needs a value.`,
    badLocale: (locales: readonly string[]) =>
      `--locale must be ${locales.slice(0, -1).join(', ')} or ${locales[locales.length - 1]}.`,
    writeOptions: (names: readonly string[]) =>
      `Write options as name: value (options: ${names.join(', ') || 'none'}).`,
    seedsMissing: (dir: string) =>
      `The seeds folder “${dir}” does not exist; set --seeds or SEEDS_DIR to a folder of documents.`,
    seedsUnreadable: (dir: string, code: string) => `The seeds folder “${dir}” cannot be read (${code}).`,
    internal: (id: string) => `Something went wrong on my side (logged as ${id}).`,
    /** The one error line of `ask`: its first word in the reader's language too. */
    errorLine: (text: string) => `error: ${text}`,
  },
  /** What the Discord transport itself says. */
  discord: {
    restarting: 'Restarting, please try again in a moment.',
    cannotPost: (channel: string) => `I cannot post in <#${channel}>.`,
  },
  /** Why the bot (or deploy-commands) could not start: one line, what to check. */
  startup: {
    tokenRejected:
      'Discord rejected DISCORD_TOKEN (401): copy the bot token again from the Developer Portal (Bot → Reset Token) into .env.',
    tokenMalformed:
      'DISCORD_TOKEN does not look like a bot token (three parts separated by dots): copy it whole from the Developer Portal (Bot → Reset Token).',
    unreachable: (url: string) =>
      `Cannot reach Discord at ${url}: check the network, a proxy or firewall, and DISCORD_API_URL if you set it.`,
    missingPermissions: (channel: string, permissions: string) =>
      `Missing in channel ${channel}: ${permissions}. Give the bot's role these permissions there (README, "Permissions").`,
  },
  /** A digest as posted (document text stays as written). */
  digest: {
    period: (start: string, end: string) => `Period ${start} – ${end}`,
    developments: (n: number) => count(n, { one: 'development', other: 'developments' }),
    alreadyPosted: (n: number) => `${n} already posted here`,
    part: (i: number, n: number) => `part ${i}/${n}`,
    number: (id: number) => `digest #${id}`,
    noCountry: 'No country',
    continued: (country: string) => `${country} (continued)`,
    source: 'source',
    threadName: (day: string) => `Digest ${day}`,
    /** The plain line a posted digest opens with: what a push notification shows. */
    headline: (id: number, developments: string) => `Digest #${id}: ${developments}`,
  },
  /** /digest's answers to the moderator. */
  digestCommand: {
    previewOf: (channel?: string) =>
      channel
        ? `Preview of the digest for <#${channel}> (only you see this; nothing is posted).`
        : 'Preview of the digest (no channel here: it covers the default window, or since).',
    nothingNew: (channel: string | undefined, start: string) =>
      `Nothing new${channel ? ` for <#${channel}>` : ''} since ${start}.`,
    nothingPosted: (channel: string, start: string) =>
      `Nothing new for <#${channel}> since ${start}: nothing was posted.`,
    posted: (channel: string, developments: string, messages: number) =>
      `Posted ${developments} to <#${channel}> in ${count(messages, { one: 'message', other: 'messages' })}. They will not be posted there again.`,
    needsDiscord: 'Posting to a channel needs Discord: run the bot with DISCORD_TOKEN set.',
    cannotPost: (channel: string) =>
      `I cannot post in <#${channel}>: I need View Channel, Send Messages and Embed Links there.`,
    notSent: (channel: string, status: number | undefined, sent: number, of: number) =>
      sent === 0
        ? `Discord did not take the digest for <#${channel}>${status ? ` (HTTP ${status})` : ''}. Nothing was recorded: the next digest there will include these developments.`
        : `Discord took ${sent} of the ${of} messages of the digest for <#${channel}>, then refused${status ? ` (HTTP ${status})` : ''}. What was sent is recorded; the rest will come in the next digest there.`,
    badTime: (at: string) => `“${at}” is not a time: use HH:MM, for example 08:00.`,
    badTimeZone: (zone: string) =>
      `“${zone}” is not a time zone: pick one from the suggestions, for example Europe/Prague.`,
    weekdayDaily: 'A weekday goes only with every: weekly.',
    daily: (at: string, zone: string) => `every day at ${at} ${zone}`,
    weekly: (weekday: number, at: string, zone: string) => `every ${WEEKDAYS[weekday]} at ${at} ${zone}`,
    where: {
      channel: (channel: string) => `to <#${channel}>`,
      thread: (channel: string) => `to a new thread of <#${channel}>`,
      forum: (channel: string) => `as a new post in the forum <#${channel}>`,
    },
    pinging: (role: string) => `, pinging <@&${role}>`,
    only: (filters: string) => ` (only ${filters})`,
    scheduledPreview: (where: string, when: string, next: string) =>
      `The schedule posts this ${where} ${when}; next: ${next}.`,
    scheduled: (where: string, when: string, next: string) =>
      `A digest of what is new will go ${where} ${when}. Next: ${next}.`,
    unscheduled: (channel: string) => `No more scheduled digests for <#${channel}>.`,
    notScheduled: (channel: string) => `No digest was scheduled for <#${channel}>.`,
  },
  /** /sources: every problem a source can have, worded for a moderator. */
  sources: {
    /** One problem in words; an unknown one by its code. */
    problem: (problem: string, detail: string): string =>
      (sourceProblems[problem] ?? ((text: string) => `${problem}: ${text}`))(detail),
    unknownSource: (name: string) =>
      `No source is called **${escapeMarkdown(name)}**. Pick one from the suggestions, or see \`/sources list\`.`,
    followed: (name: string, kind: string, url: string, hours: string) =>
      `Following **${escapeMarkdown(name)}** (${kind}) at ${url}, checked ${hours}. Its items come with the next check (\`/sources check\`).`,
    kinds: { feed: 'feed', page: 'page watched for changes' } as Record<string, string>,
    every: { 60: 'every hour', 360: 'every 6 hours', 1440: 'every day' } as Record<number, string>,
    unfollowed: (name: string, items: number) =>
      `No longer following **${escapeMarkdown(name)}**. The ${count(items, { one: 'document', other: 'documents' })} already saved from it stay indexed.`,
    listTitle: (n: number) => `Followed sources (${n})`,
    none: 'No source is followed yet. Add one with `/sources follow url:`.',
    status: (items: number, success: Date | undefined, checked: Date | undefined) =>
      `${count(items, { one: 'item', other: 'items' })} · last success ${stamp(success, 'never')} · last check ${stamp(checked, 'never')}`,
    lastError: (text: string) => `Last error: ${text}`,
    checkTitle: 'Sources checked',
    added: (name: string, n: number) =>
      `**${escapeMarkdown(name)}**: ${count(n, { one: 'new item', other: 'new items' })}`,
    nothingNew: (name: string) => `**${escapeMarkdown(name)}**: nothing new`,
    failed: (name: string, text: string) => `**${escapeMarkdown(name)}**: ${text}`,
  },

  about: {
    title: 'About liaison',
    documents: 'Documents',
    newest: 'Newest',
    built: 'Index built',
    countries: 'Countries',
    skipped: 'Skipped files',
    seedsFolder: 'Nothing indexed',
  },
  contacts: {
    count: (n: number) => count(n, { one: 'contact point', other: 'contact points' }),
    everything: (count: string) => `**Contacts**: ${count}, by organisation`,
    matching: (query: string, count: string) => `**Contacts** for “${query}”: ${count}`,
    none: (query: string) => `No contact point matches “${query}”.`,
    noneFor: (names: string) => `The documents list no contact for “${names}”.`,
    noneIn: (countries: string) => `The documents list no such contact point in ${countries}; the closest are below.`,
    without: (names: string) => `No contact mentions “${names}”: these match the other words.`,
    notListed: (field: 'fax' | 'email' | 'address', unit: string) =>
      `${unit} lists no ${{ fax: 'fax', email: 'e-mail', address: 'address' }[field]} in the documents; its other contacts are below.`,
    noneAtAll: 'No document lists a contact point yet.',
    known: (names: string) => `Try an organisation or unit: ${names}; or words such as 24/7, fax, e-mail.`,
    phones: 'Phones',
    emails: 'E-mails',
    address: 'Address',
    head: 'Head',
    service247: '24/7 service',
    country: 'Country',
    yes: 'yes',
    no: 'no',
    fax: 'fax',
  },
  developments: {
    title: 'Developments',
    count: (n: number) => count(n, { one: 'development', other: 'developments' }),
    newestFirst: (count: string) => `${count}, newest first`,
    filter: {
      country: (v: string) => `in ${v}`,
      topic: (v: string) => `on “${v}”`,
      type: (v: string) => `of type “${v}”`,
      query: (v: string) => `matching “${v}”`,
      since: (v: string) => `since ${v}`,
      until: (v: string) => `until ${v}`,
    },
    noneBecause: (before: string, filter: string) => `${before}, but none ${filter}.`,
    indexed: (count: string) => `${count} indexed`,
    noneAtAll: 'No dated development is indexed yet.',
    present: { country: 'Countries with developments', topic: 'Topics', type: 'Types' } as Partial<
      Record<string, string>
    >,
  },
  /** /channels: answering without being asked, and hand-offs to people. */
  channels: {
    line: (channel: string, kind: 'forum' | 'text', minConfidence: number | undefined, commands: readonly string[]) =>
      `<#${channel}>: ${kind === 'forum' ? 'every new post' : 'every question'}` +
      `${minConfidence ? `, when the best passage holds ${minConfidence} % of the question` : ', when the documents answer'}` +
      `${commands.length ? `, by ${list(commands)}` : ''}`,
    autoAnswerOn: (line: string) =>
      `I will answer without being asked: ${line}. When the documents do not answer, I stay silent and the question goes to /questions.`,
    forumFromTitles:
      'Without the Message Content intent I cannot read a post’s text: I answer each post from its title. Set MESSAGE_CONTENT_INTENT=on (and enable the intent in the developer portal) to answer from the text.',
    forumFromText: 'With the Message Content intent I answer each post from its first message, in the post.',
    textWithIntent:
      'Each message that asks a question gets its answer in a new thread on it (Message Content intent: on).',
    textNeedsIntent: (channel: string) =>
      `I cannot answer in <#${channel}>: without the Message Content intent Discord sends me messages without their text. Set MESSAGE_CONTENT_INTENT=on and enable the intent in the developer portal, or choose a forum (posts are answered from their titles).`,
    cannotPost: (channel: string) =>
      `I cannot answer in <#${channel}>: I need View Channel, Send Messages, Create Public Threads and Send Messages in Threads there.`,
    autoAnswerOff: (channel: string) => `I no longer answer in <#${channel}> without being asked.`,
    wasNotOn: (channel: string) => `I was not answering in <#${channel}> without being asked.`,
    unknownLookups: (names: readonly string[], lookups: readonly string[]) =>
      `Option “commands”: ${list(names)} ${names.length === 1 ? 'is' : 'are'} not a lookup; choose from ${list(lookups)}.`,
    needsDiscord: 'Choosing channels needs Discord: run the bot with DISCORD_TOKEN set.',
    needsServer: 'Channels are chosen in a server, not in a direct message.',
    listTitle: 'Channels I answer in, and the hand-off',
    noneAnswering: 'I answer only when asked (a command, a mention, a DM, the message menu).',
    handoffIs: (channel: string, role?: string) =>
      `“Ask a colleague” opens threads in <#${channel}>${role ? `, pinging <@&${role}>` : ''}.`,
    noHandoff: '“Ask a colleague” is not set up: /channels handoff.',
    handoffSet: (channel: string, role: string) =>
      `“Ask a colleague” will open a thread in <#${channel}> for each question, pinging <@&${role}>.`,
    intentOn: 'Message Content intent: on (I read what members write).',
    intentOff:
      'Message Content intent: off (forum posts are answered from their titles; text channels cannot be chosen).',
  },
  /** "Ask a colleague": a question handed over to people in the hand-off channel. */
  handoff: {
    notSetUp: 'Nobody has set up where to ask colleagues yet: a moderator can, with /channels handoff.',
    needsServer: 'Colleagues can be asked only in a server, not in a direct message.',
    opened: (thread: string) => `I asked your colleagues in <#${thread}>; the answer will be there.`,
    already: (thread: string) => `Colleagues were already asked this in <#${thread}>: follow it there.`,
    question: 'Question',
    answer: 'What I answered',
    noAnswer: 'The documents do not answer it.',
    askedBy: (user: string) => `Asked by <@${user}>`,
    link: 'The answer',
    reply: 'A moderator’s reply in this thread becomes a team answer that /search finds.',
  },
  /** Team answers: a moderator's reply kept as a document /search finds. */
  teamAnswer: {
    saved: (question: string, file: string, replaced: boolean) =>
      `${replaced ? 'Replaced the team answer' : 'Saved as a team answer'} to “${question}” (${code(file)}): /search finds and cites it. Remove it with /documents remove.`,
    empty: 'That message has no text to keep as an answer.',
    noQuestion:
      'I cannot tell which question this answers: save a reply to the question, or a message in a hand-off thread or forum post.',
    notSaved: (detail: string) => `The team answer was not saved: ${escapeMarkdown(detail)}.`,
  },
  documents: {
    listTitle: (n: number) => `Indexed documents (${n})`,
    undated: 'undated',
    refused: (problem: DocumentProblem, detail: string | Reason): string =>
      refused[problem](typeof detail === 'string' ? detail : describe(detail)),
    needsDiscord: 'Adding a file needs Discord (an attachment); in the terminal, drop the file into the seeds folder.',
    added: (file: string, replaced: boolean) =>
      replaced ? `Replaced ${code(file)} and re-indexed.` : `Saved as ${code(file)} and indexed.`,
    removed: (title: string, file: string) =>
      `Removed **${escapeMarkdown(title)}** (${code(file)}); the file was moved aside into the data folder.`,
    reloaded: (documents: number, ms: number) =>
      `Index rebuilt: ${count(documents, { one: 'document', other: 'documents' })} in ${ms} ms.`,
    skipped: (n: number) => `${count(n, { one: 'file', other: 'files' })} skipped:`,
    reloadFailed: (reason: Reason, documents: number) =>
      `Re-indexing failed: ${escapeMarkdown(describe(reason))}. Still answering from the previous index (${count(documents, { one: 'document', other: 'documents' })}).`,
    fields: {
      kind: 'Kind',
      date: 'Date',
      country: 'Country',
      contacts: 'Contact points',
      agreements: 'Agreements',
      none: 'none found',
    },
  },
  help: {
    title: 'liaison: commands',
    askingTitle: 'Asking without a command',
    asking: (menu: string) =>
      [
        '**@liaison** followed by your question in any channel: the answer comes as a reply to your message.',
        '**In a DM** with the bot: every message is a question, no mention needed.',
        `**Message menu** → Apps → **${menu}**: the answer to that message's text, only for you.`,
      ].join('\n'),
  },
  questions: {
    title: (days: number) => `Questions without a good answer, last ${days === 1 ? 'day' : `${days} days`}`,
    line: (q: { question: string; unanswered: number; unhelpful: number }) =>
      `**${q.unanswered + q.unhelpful}×** ${q.question} (not in the documents: ${q.unanswered}, not helpful: ${q.unhelpful})`,
    none: (days: number) =>
      `No question went unanswered or was voted not helpful in the last ${days === 1 ? 'day' : `${days} days`}.`,
    footer: 'Only the question is kept: not who asked, nor where.',
  },
  search: {
    title: (query: string) => `Search: ${query}`,
    resultsCount: (shown: number, total: number) => (total === 1 ? '1 result' : `Top ${shown} of ${total} results`),
    noResults: (query: string) => `Nothing in the documents matches “${query}”.`,
    didYouMean: (query: string) => `Did you mean **${query}**?`,
    withoutFilters: (total: number) => `${total} found without the filters: try removing country or since.`,
    tryOther: 'Try fewer or other words, or `/search` with a topic such as frontex, asylum or police cooperation.',
    notInDocuments: (query: string) => `The documents don't answer “${query}”.`,
    closestDocuments: 'Closest documents (they do not answer it)',
  },
  treaty: {
    count: (n: number) => count(n, { one: 'agreement', other: 'agreements' }),
    listTitle: 'Agreements',
    known: (count: string) =>
      `${count} known, newest signed first. Ask \`/treaty query:\` with a name or a party for the details.`,
    parties: 'Parties',
    europeanUnion: 'European Union',
    signed: 'Signed',
    notStated: 'not stated',
    status: 'Status',
    /** The status the reader of the agreement infers from its signing (the other status lines are quoted). */
    signedStatus: 'signed',
    provisions: 'Key provisions',
    /** Kinds of dated steps, before the step's clause as the document words it. */
    steps: {
      signed: 'signed',
      approved: 'approved',
      ratified: 'ratified',
      exchanged: 'instruments exchanged',
      'in force': 'in force',
      provisional: 'applied provisionally',
      terminated: 'terminated',
    } as Record<StepKind, string>,
    replaces: 'Replaces',
    replacedBy: 'Replaced by (no longer in force)',
    /** In the answer line: the instrument this one replaced (its own dates stay on its own card). */
    replacesLine: (name: string) => `replaces ${name}`,
    /** In the answer line of an instrument no longer in force: the one that replaced it. */
    replacedByLine: (name: string) => `no longer in force, replaced by ${name}`,
    /** In the list of agreements: an instrument no longer in force, listed under the one that replaced it. */
    replacedMark: 'no longer in force',
    /** Beside an instrument named under another (the one it replaced or that replaced it): its own signing day. */
    signedOnDate: (date: string) => `signed ${date}`,
    /** Leading the answer line, the step a question asks about: "**Ratified: 8 July 2025**". */
    stepLead: {
      signed: 'Signed',
      approved: 'Approved',
      ratified: 'Ratified',
      exchanged: 'Instruments exchanged',
      'in force': 'In force',
      provisional: 'Applied provisionally from',
      terminated: 'Terminated',
    } as Record<StepKind, string>,
    /** First line when the documents do not state the step asked about (by the party asked about, if one). */
    stepNotStated: (step: StepKind, party?: string): string => {
      const by = party ? ` by ${party}` : '';
      const what: Record<StepKind, string> = {
        signed: 'when it was signed',
        approved: `when it was approved${by}`,
        ratified: `when it was ratified${by}`,
        exchanged: 'when the instruments were exchanged',
        'in force': 'when it enters or entered into force',
        provisional: 'since when it was applied provisionally',
        terminated: 'when it ceased to be in force',
      };
      return `The documents do not say ${what[step]}.`;
    },
    alsoMatching: 'Also matching',
    noMatch: (query: string) => `No agreement matches “${query}”.`,
    mentionedOnly: (year: string) => `No document describes an agreement of ${year}; one mentions it:`,
    noAgreementWith: (countries: string) => `The documents describe no agreement with ${countries}.`,
    knownList: 'Agreements I know:',
    noneAtAll: 'No document describes an agreement yet.',
  },
};

/** The shape every language pack has: a pack missing a key, or with one too many, does not type-check. */
export type Pack = typeof en;
