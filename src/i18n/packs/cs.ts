/** The Czech language pack: the shape of en.ts (`Pack`), every string in Czech. */
import { mb, type Reason } from '../../corpus/warnings.ts';
import { escapeMarkdown, inlineFile as code } from '../../util/markdown.ts';
import { counter } from '../plural.ts';
import type { DocumentProblem, Pack, ReasonWording } from './en.ts';

const count = counter('cs');
const list = (names: readonly string[]): string => names.join(', ');
const stamp = (date: Date | undefined, never: string): string =>
  date ? `<t:${Math.floor(date.getTime() / 1000)}:R>` : never;

/** The reading stages (readers, chrome, then each extractor by name) as a Czech reader knows them. */
const stages: Record<string, string> = {
  reading: 'čtení',
  chrome: 'odstranění ovládacích prvků stránky',
  title: 'název',
  fields: 'pole',
  fullText: 'text',
  countries: 'země',
  dates: 'data',
  contacts: 'kontakty',
  agreements: 'dohody',
  items: 'položky',
  kind: 'druh dokumentu',
};

const reasons: ReasonWording = {
  empty: () => 'prázdný soubor',
  'too-large': ({ megabytes }) => `větší než ${megabytes} MB`,
  'no-text': () => 'žádný čitelný text',
  binary: () => 'binární soubor (obsahuje bajty NUL)',
  'not-utf8': () => 'není platný text v UTF-8',
  'broken-pdf': ({ detail }) => `poškozené PDF (${detail})`,
  'broken-docx': ({ detail }) => `poškozený dokument Word (${detail})`,
  'broken-email': ({ detail }) => `poškozená e-mailová zpráva (${detail})`,
  'too-deep': ({ limit }) => `HTML vnořené hlouběji než ${limit} prvků`,
  'archive-limit': ({ limit, value, max }) =>
    ({
      entries: `archiv s ${value} soubory (nejvýše ${max}): nerozbaleno`,
      uncompressed: `archiv, který se rozbalí na více než ${mb(max)} MB: nerozbaleno`,
      ratio: `archiv komprimovaný ${value} : 1 (nejvýše ${max} : 1): nerozbaleno`,
      'xml-depth': `XML vnořené hlouběji než ${max} prvků`,
    })[limit],
  'unsupported-type': ({ extension }) => `nepodporovaný typ souboru „${extension || '(žádný)'}“`,
  'parse-timeout': ({ seconds, stage }) =>
    `čtení trvalo déle než ${seconds} s${stage ? ` (zastaveno po fázi ${stages[stage] ?? stage})` : ''}: přeskočeno`,
  'parse-memory': ({ megabytes }) => `čtení potřebovalo více než ${megabytes} MB paměti: přeskočeno`,
  'capped-characters': ({ limit }) => `zaindexováno jen zčásti: více než ${limit} znaků textu`,
  'capped-terms': ({ limit }) => `zaindexováno jen zčásti: více než ${limit} různých slov`,
  'duplicate-id': ({ other }) =>
    `stejný identifikátor dokumentu jako ${other} (identifikátory vznikají z názvů souborů): jeden z nich přejmenujte`,
  'dot-file': ({ folder }) => `skrytý (název začíná tečkou)${folder ? ': složka se nečte' : ''}`,
  symlink: () => 'symbolický odkaz: odkazy se nenásledují',
  'special-file': ({ kind }) =>
    `${{ fifo: 'pojmenovaná roura (FIFO)', socket: 'soket', device: 'zařízení', other: 'není běžný soubor' }[kind]}, není to dokument`,
  unreadable: ({ errno, folder }) => `${folder ? 'složku' : 'soubor'} nelze číst (${errno})`,
  'bad-lexicon': ({ detail }) => `lexikon nepoužit: ${detail}; platí vestavěný lexikon`,
  failed: ({ detail }) => detail,
  'seeds-missing': () => 'složka dokumentů neexistuje',
  'seeds-unreadable': ({ errno }) => `složku dokumentů nelze číst (${errno})`,
};

const describe = (reason: Reason): string => (reasons[reason.code] as (reason: Reason) => string)(reason);

const refused: Record<DocumentProblem, (detail: string) => string> = {
  name: (name) => `Z názvu „${escapeMarkdown(name)}“ nezbude použitelný název souboru.`,
  type: (file) => `${code(file)}: přidat lze jen soubory .txt, .md, .html, .pdf, .docx a .eml.`,
  size: (size) => `Soubor je příliš velký (${size}); limit je 5 MB.`,
  unreadable: (reason) => `Soubor nelze použít: ${escapeMarkdown(reason)}. Nic nebylo uloženo.`,
  exists: (file) => `${code(file)} už ve složce je. Pro přepsání ho přidejte znovu s replace: true.`,
  unknown: (value) => `Indexovaný dokument ${code(value)} neexistuje. Vyberte z nabídky.`,
  source: (where) => `Přidat lze jen soubory přiložené v Discordu (ne ${code(where)}). Nic nebylo uloženo.`,
  download: (reason) => `Soubor se nepodařilo stáhnout z Discordu (${escapeMarkdown(reason)}). Zkuste to znovu.`,
  timeout: (seconds) => `Stahování souboru trvalo déle než ${seconds} s a bylo zastaveno. Zkuste to později.`,
};

const sourceProblems: Record<string, (detail: string) => string> = {
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

const WEEKDAYS = ['v neděli', 'v pondělí', 'v úterý', 've středu', 've čtvrtek', 'v pátek', 'v sobotu'];

/** "poslední den", "poslední 3 dny", "posledních 7 dní". */
const lastDays = (days: number): string =>
  days === 1 ? 'poslední den' : days <= 4 ? `poslední ${days} dny` : `posledních ${days} dní`;

const kinds = {
  development: 'vývoj',
  news: 'zpráva',
  contact: 'kontakty',
  treaty: 'smlouva',
  minutes: 'zápis',
  bulletin: 'zpravodaj',
  email: 'e-mail',
  project: 'projekt',
  policy: 'politika',
};

const since = { name: 'od', description: 'Začít od data místo od posledního přehledu (2025-01-01, 30d, 2025)' };
const developmentCountry = { name: 'země', description: 'Jen vývoj v této zemi' };
const topic = { name: 'téma', description: 'Jen tato tematická oblast' };
const channel = { name: 'kanál', description: 'Kanál (nebo fórum), kam přehled půjde' };
const thread = { name: 'vlákno', description: 'Každý přehled do nového vlákna' };
const role = { name: 'role', description: 'Role, která dostane upozornění' };
const source = { name: 'zdroj', description: 'Sledovaný zdroj' };

export const cs: Pack = {
  meta: { intl: 'cs-CZ', discord: ['cs'] },

  commands: {
    about: { name: 'o-botovi', description: 'Které dokumenty znám a kdy byl index sestaven' },
    channels: {
      name: 'kanály',
      description: 'Moderátoři: kde odpovídám bez zeptání a kam jdou dotazy na kolegy',
      subcommands: {
        'auto-answer': {
          name: 'odpovídat-sám',
          description: 'Odpovídat na každý nový příspěvek fóra nebo každý dotaz v textovém kanálu',
          options: {
            channel: { name: 'kanál', description: 'Fórum nebo textový kanál' },
            min_confidence: {
              name: 'min_jistota',
              description: 'Odpovědět jen když nejlepší pasáž obsahuje toto % dotazu (1-100)',
            },
            commands: {
              name: 'příkazy',
              description: 'Odpovídají jen tyto příkazy: search contacts treaty… (výchozí všechny)',
            },
          },
        },
        'auto-answer-off': {
          name: 'neodpovídat-sám',
          description: 'Přestat odpovídat v kanálu bez zeptání',
          options: { channel: { name: 'kanál', description: 'Fórum nebo textový kanál' } },
        },
        list: { name: 'seznam', description: 'Kde odpovídám bez zeptání a kanál pro předání kolegům' },
        handoff: {
          name: 'předání',
          description: 'Kde „Zeptat se kolegy“ otevře vlákno a kterou roli upozorní',
          options: {
            channel: { name: 'kanál', description: 'Kanál (nebo fórum) pro vlákna s předanými dotazy' },
            role: { name: 'role', description: 'Role, kterou každé předání upozorní' },
          },
        },
      },
    },
    contacts: {
      name: 'kontakty',
      description: 'Koho a jak kontaktovat: telefony, linky 24/7, fax, e-maily, adresy',
      options: {
        query: {
          name: 'dotaz',
          description: 'Organizace, útvar, osoba, město, číslo nebo potřeba (24/7, v noci, fax)',
        },
      },
    },
    developments: {
      name: 'vyvoj',
      description: 'Datované záznamy o vývoji, od nejnovějšího, podle země, tématu, typu a data',
      options: {
        country: developmentCountry,
        topic,
        type: { name: 'typ', description: 'Jen tento typ vývoje (Policy, …)' },
        since: { name: 'od', description: 'Od data (2025-01-01, 6.2.2026, 30d, last month, 2025)' },
        until: { name: 'do', description: 'Do data (2025-12-31, 6.2.2026, 2025)' },
        query: { name: 'dotaz', description: 'Slova, která musí záznam obsahovat' },
        limit: { name: 'počet', description: 'Kolik na stránku (1-25, výchozí 5)' },
      },
    },
    digest: {
      name: 'prehled',
      description: 'Moderátoři: přehledy novinek do kanálu',
      subcommands: {
        preview: {
          name: 'náhled',
          description: 'Ukázat přehled, který by se zveřejnil (nic se nezveřejní)',
          options: {
            since,
            country: developmentCountry,
            topic,
            channel: { name: 'kanál', description: 'Pro tento kanál (výchozí: zde)' },
          },
        },
        post: {
          name: 'zveřejnit',
          description: 'Zveřejnit přehled novinek v kanálu',
          options: { channel, since, country: developmentCountry, topic, thread, role },
        },
        schedule: {
          name: 'naplánovat',
          description: 'Zveřejňovat přehled v kanálu každý den nebo týden',
          options: {
            channel,
            every: { name: 'jak-často', description: 'Jak často', choices: { daily: 'denně', weekly: 'týdně' } },
            at: { name: 'čas', description: 'Čas, HH:MM (výchozí 08:00)' },
            weekday: {
              name: 'den',
              description: 'Den v týdnu, pro weekly (výchozí pondělí)',
              choices: {
                monday: 'pondělí',
                tuesday: 'úterý',
                wednesday: 'středa',
                thursday: 'čtvrtek',
                friday: 'pátek',
                saturday: 'sobota',
                sunday: 'neděle',
              },
            },
            time_zone: { name: 'časové-pásmo', description: 'Časové pásmo pro at, např. Europe/Prague (výchozí UTC)' },
            country: developmentCountry,
            topic,
            thread,
            role,
          },
        },
        unschedule: { name: 'zrušit', description: 'Zrušit pravidelné přehledy v kanálu', options: { channel } },
      },
    },
    documents: {
      name: 'dokumenty',
      description: 'Moderátoři: co je zaindexováno; přidat, odebrat, přeindexovat dokumenty',
      subcommands: {
        list: {
          name: 'seznam',
          description: 'Co je zaindexováno: název, druh, datum, soubor',
          options: { page: { name: 'strana', description: 'Číslo strany' } },
        },
        add: {
          name: 'přidat',
          description: 'Přidat dokument .txt, .md, .html, .pdf, .docx nebo .eml (do 5 MB)',
          options: {
            file: { name: 'soubor', description: 'Dokument' },
            replace: { name: 'přepsat', description: 'Přepsat soubor stejného názvu' },
          },
        },
        remove: {
          name: 'odebrat',
          description: 'Odebrat dokument z indexu (soubor se přesune stranou)',
          options: { document: { name: 'dokument', description: 'Dokument' } },
        },
        reload: { name: 'načíst', description: 'Znovu načíst složku dokumentů' },
      },
    },
    help: { name: 'napoveda', description: 'Na co umím odpovědět, s příklady' },
    questions: {
      name: 'dotazy',
      description: 'Moderátoři: dotazy bez odpovědi v dokumentech a odpovědi, které nepomohly',
      options: { days: { name: 'dní', description: 'Kolik dní zpět (výchozí 7)' } },
    },
    search: {
      name: 'hledat',
      description: 'Hledat ve všech dokumentech (diakritika nepovinná, „fráze“ přesně)',
      options: {
        query: { name: 'dotaz', description: 'Hledaná slova nebo „fráze“' },
        country: { name: 'země', description: 'Jen dokumenty o této zemi' },
        since: { name: 'od', description: 'Jen dokumenty od data (2025-01-01, 30d, 2025)' },
        kind: { name: 'druh', description: 'Jen tento druh dokumentu', choices: kinds },
      },
    },
    sources: {
      name: 'zdroje',
      description: 'Moderátoři: kanály a stránky, které bot sleduje a indexuje',
      subcommands: {
        follow: {
          name: 'sledovat',
          description: 'Sledovat kanál RSS/Atom, stránku s odkazem na něj, nebo změny stránky',
          options: {
            url: { name: 'adresa', description: 'Adresa kanálu nebo stránky (http nebo https)' },
            name: { name: 'jméno', description: 'Jméno zdroje (výchozí: název kanálu)' },
            every: {
              name: 'jak-často',
              description: 'Jak často kontrolovat (výchozí každou hodinu)',
              choices: { '60': 'každou hodinu', '360': 'každých 6 hodin', '1440': 'denně' },
            },
            country: { name: 'země', description: 'Země, které se položky týkají' },
          },
        },
        list: { name: 'seznam', description: 'Sledované zdroje: poslední úspěch, poslední chyba, položky' },
        unfollow: {
          name: 'nesledovat',
          description: 'Přestat sledovat zdroj (uložené dokumenty zůstanou)',
          options: { source },
        },
        check: { name: 'zkontrolovat', description: 'Zkontrolovat teď jeden zdroj nebo všechny', options: { source } },
      },
    },
    treaty: {
      name: 'smlouva',
      description: 'Co dohoda obsahuje: strany, datum podpisu, stav, hlavní ustanovení',
      options: { query: { name: 'dotaz', description: 'Název dohody, strana nebo předmět (prázdné: seznam všech)' } },
    },
  },
  lookupOptions: {
    hide: { name: 'skrýt', description: 'Odpověď uvidíte jen vy' },
    mention: { name: 'zmínit', description: 'Komu odpověď určit' },
  },
  messageCommand: 'Hledat v liaison',
  saveAnswerCommand: 'Uložit jako odpověď',

  framework: {
    unknownCommand: (name) => `Příkaz „${name}“ neexistuje. Zkuste \`help\`.`,
    noSubcommand: (command, subcommand) => `/${command} nemá podpříkaz „${subcommand}“.`,
    needsSubcommand: (command, names, given) =>
      `/${command} potřebuje jeden z podpříkazů: ${list(names)}${given ? ` (ne „${given}“)` : ''}.`,
    notModerator: 'Tohle mohou jen moderátoři (Správa zpráv).',
    buttonGone: 'Toto tlačítko už nefunguje.',
    somethingWrong: (id) => `Na mé straně se něco pokazilo. Zaznamenáno jako **${id}**; zkuste to prosím znovu.`,
    unknownOption: (name, known) =>
      `Volba „${name}“: neznámá; ${known.length ? `tento příkaz má volby ${list(known)}` : 'tento příkaz nemá žádné volby'}.`,
    required: (name) => `Volba „${name}“: je povinná.`,
    notNumber: (name, whole, raw) =>
      `Volba „${name}“: čekám ${whole ? 'celé ' : ''}číslo zapsané číslicemi, ne „${raw}“.`,
    atLeast: (name, min) => `Volba „${name}“: musí být alespoň ${min}.`,
    atMost: (name, max) => `Volba „${name}“: může být nejvýše ${max}.`,
    notBoolean: (name) => `Volba „${name}“: čekám true nebo false (ano/ne).`,
    notUser: (name) => `Volba „${name}“: čekám ID nebo zmínku uživatele.`,
    notChannel: (name) => `Volba „${name}“: čekám ID nebo zmínku kanálu.`,
    notRole: (name) => `Volba „${name}“: čekám ID nebo zmínku role.`,
    notFile: (name) => `Volba „${name}“: čekám soubor.`,
    empty: (name) => `Volba „${name}“: nesmí být prázdná.`,
    tooShort: (name, min) => `Volba „${name}“: musí mít alespoň ${min} znaků.`,
    tooLong: (name, max) => `Volba „${name}“: může mít nejvýše ${max} znaků.`,
    notAChoice: (name, choices) => `Volba „${name}“: musí být jedna z ${list(choices)}.`,
  },
  questionsAsked: {
    helpful: 'Pomohlo',
    notHelpful: 'Nepomohlo',
    askColleague: 'Zeptat se kolegy',
    whyTitle: 'Proč odpověď nepomohla?',
    whyReason: 'Co bylo na odpovědi špatně?',
    whyDetail: 'Chcete něco dodat? (nepovinné)',
    reasons: {
      wrong: 'Je chybná',
      outdated: 'Je zastaralá',
      'not-found': 'Není to, co jsem hledal(a)',
      other: 'Něco jiného',
    },
    voteThanks: 'Děkuji: předáno moderátorům.',
    alreadyVoted: 'Tuto odpověď jste už hodnotili.',
    slowDown:
      'Trochu zpomalte, prosím: odpovídám jen na několik dotazů za minutu od každého. Zeptejte se znovu za minutu.',
    askWhat: 'Za zmínku napište otázku, např. „koho volat v noci kvůli hitu v SIRENE?“',
    noTextToSearch: 'Ta zpráva neobsahuje text, který by šlo hledat.',
  },
  answers: {
    source: 'Zdroj',
    previous: '◀ Předchozí',
    next: 'Další ▶',
    page: (n, of) => `Strana ${n} z ${of}`,
    tooLong: 'pro další strany zkraťte dotaz nebo přidejte filtry',
    badDate: (value) =>
      `„${value}“ není datum, kterému rozumím. Použijte 2026-02-06, 6. 2. 2026, 6. února 2026, 30d, minulý měsíc nebo 2025 (roky 1900–2100).`,
  },
  kinds,
  reasons,
  stages,
  cli: {
    greeting: (documents) =>
      `liaison: zaindexováno dokumentů: ${documents}. Napište help, nebo příkaz, např. /search query: frontex`,
    sessionHelp: 'Volby pište jako název: hodnota, např. /search query: policejni spoluprace. Konec: exit.',
    skipped: (file, reason) => `varování: přeskočeno ${file}: ${reason}`,
    noSuchCommand: (name, commands, meant) =>
      `Příkaz „${name}“ neexistuje.${meant ? ` Mysleli jste „${meant}“?` : ''} Příkazy: ${commands.join(', ')}.`,
    whichCommand: 'Který příkaz? Zkuste `help`.',
    unexpected: (word) => `Nečekané „${word}“: volby se píší --název hodnota.`,
    needsValue: (name) => `Volba --${name} potřebuje hodnotu.`,
    badLocale: (locales) => `--locale musí být ${locales.slice(0, -1).join(', ')} nebo ${locales[locales.length - 1]}.`,
    writeOptions: (names) => `Volby pište jako název: hodnota (volby: ${names.join(', ') || 'žádné'}).`,
    seedsMissing: (dir) =>
      `Složka dokumentů „${dir}“ neexistuje; nastavte --seeds nebo SEEDS_DIR na složku s dokumenty.`,
    seedsUnreadable: (dir, code) => `Složku dokumentů „${dir}“ nelze číst (${code}).`,
    internal: (id) => `Na mé straně se něco pokazilo (zaznamenáno jako ${id}).`,
    /** The one error line of `ask`: its first word in the reader's language too. */
    errorLine: (text: string) => `chyba: ${text}`,
  },
  discord: {
    restarting: 'Restartuji, zkuste to prosím za chvíli znovu.',
    cannotPost: (channel) => `Do <#${channel}> nemohu psát.`,
  },
  startup: {
    tokenRejected:
      'Discord odmítl DISCORD_TOKEN (401): zkopírujte token bota znovu z Developer Portalu (Bot → Reset Token) do .env.',
    tokenMalformed:
      'DISCORD_TOKEN nevypadá jako token bota (tři části oddělené tečkami): zkopírujte jej celý z Developer Portalu (Bot → Reset Token).',
    unreachable: (url) =>
      `Discord na ${url} není dostupný: zkontrolujte síť, proxy či firewall a DISCORD_API_URL, pokud je nastavena.`,
    missingPermissions: (channel, permissions) =>
      `V kanálu ${channel} chybí oprávnění: ${permissions}. Dejte je tam roli bota (README, „Permissions“).`,
  },
  digest: {
    period: (start, end) => `Období ${start} – ${end}`,
    developments: (n) => count(n, { one: 'novinka', few: 'novinky', other: 'novinek' }),
    alreadyPosted: (n) => `${n} už zde zveřejněno`,
    part: (i, n) => `část ${i}/${n}`,
    number: (id) => `přehled č. ${id}`,
    noCountry: 'Bez země',
    continued: (country) => `${country} (pokračování)`,
    source: 'zdroj',
    threadName: (day) => `Přehled ${day}`,
    headline: (id, developments) => `Přehled č. ${id}: ${developments}`,
  },
  digestCommand: {
    previewOf: (channel) =>
      channel
        ? `Náhled přehledu pro <#${channel}> (vidíte ho jen vy; nic se nezveřejní).`
        : 'Náhled přehledu (bez kanálu: pokrývá výchozí období, nebo od data since).',
    nothingNew: (channel, start) => `Od ${start} nic nového${channel ? ` pro <#${channel}>` : ''}.`,
    nothingPosted: (channel, start) => `Od ${start} nic nového pro <#${channel}>: nic nebylo zveřejněno.`,
    posted: (channel, developments, messages) =>
      `Do <#${channel}> zveřejněno: ${developments} (${count(messages, { one: 'zpráva', few: 'zprávy', other: 'zpráv' })}). Znovu se tam už neobjeví.`,
    needsDiscord: 'Zveřejnění v kanálu potřebuje Discord: spusťte bota s DISCORD_TOKEN.',
    cannotPost: (channel) =>
      `Do <#${channel}> nemohu psát: potřebuji tam oprávnění Zobrazit kanál, Odesílat zprávy a Vkládat odkazy.`,
    notSent: (channel, status, sent, of) =>
      sent === 0
        ? `Discord přehled pro <#${channel}> nepřijal${status ? ` (HTTP ${status})` : ''}. Nic nebylo zaznamenáno: příští přehled tam tyto novinky zahrne.`
        : `Discord přijal ${sent} z ${of} zpráv přehledu pro <#${channel}>, pak odmítl${status ? ` (HTTP ${status})` : ''}. Odeslané je zaznamenáno, zbytek přijde v příštím přehledu.`,
    badTime: (at) => `„${at}“ není čas: použijte HH:MM, například 08:00.`,
    badTimeZone: (zone) => `„${zone}“ není časové pásmo: vyberte z nabídky, například Europe/Prague.`,
    weekdayDaily: 'Den v týdnu patří jen k every: weekly.',
    daily: (at, zone) => `každý den v ${at} ${zone}`,
    weekly: (weekday, at, zone) => `každý týden ${WEEKDAYS[weekday]} v ${at} ${zone}`,
    where: {
      channel: (channel) => `do <#${channel}>`,
      thread: (channel) => `do nového vlákna v <#${channel}>`,
      forum: (channel) => `jako nový příspěvek do fóra <#${channel}>`,
    },
    pinging: (role) => `, s upozorněním pro <@&${role}>`,
    only: (filters) => ` (jen ${filters})`,
    scheduledPreview: (where, when, next) => `Plán toto zveřejní ${where} ${when}; příště: ${next}.`,
    scheduled: (where, when, next) => `Přehled novinek půjde ${where} ${when}. Příště: ${next}.`,
    unscheduled: (channel) => `Pravidelné přehledy pro <#${channel}> zrušeny.`,
    notScheduled: (channel) => `Pro <#${channel}> nebyl naplánován žádný přehled.`,
  },
  sources: {
    problem: (problem, detail) => (sourceProblems[problem] ?? ((text: string) => `${problem}: ${text}`))(detail),
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
      `${count(items, { one: 'položka', few: 'položky', other: 'položek' })} · poslední úspěch ${stamp(success, 'nikdy')} · poslední kontrola ${stamp(checked, 'nikdy')}`,
    lastError: (text) => `Poslední chyba: ${text}`,
    checkTitle: 'Zdroje zkontrolovány',
    added: (name, n) =>
      `**${escapeMarkdown(name)}**: ${count(n, { one: 'nová položka', few: 'nové položky', other: 'nových položek' })}`,
    nothingNew: (name) => `**${escapeMarkdown(name)}**: nic nového`,
    failed: (name, text) => `**${escapeMarkdown(name)}**: ${text}`,
  },

  about: {
    title: 'O botovi liaison',
    documents: 'Dokumenty',
    newest: 'Nejnovější',
    built: 'Index sestaven',
    countries: 'Země',
    skipped: 'Přeskočené soubory',
    seedsFolder: 'Nic není zaindexováno',
  },
  contacts: {
    count: (n) => count(n, { one: 'kontaktní místo', few: 'kontaktní místa', other: 'kontaktních míst' }),
    everything: (count) => `**Kontakty**: ${count}, podle organizace`,
    matching: (query, count) => `**Kontakty** pro „${query}“: ${count}`,
    none: (query) => `Dotazu „${query}“ neodpovídá žádné kontaktní místo.`,
    noneFor: (names) => `Dokumenty neuvádějí žádný kontakt pro „${names}“.`,
    noneIn: (countries) => `Dokumenty takové kontaktní místo pro zemi ${countries} neuvádějí; nejbližší jsou níže.`,
    without: (names: string) => `Žádný kontakt nezmiňuje „${names}“: tyto odpovídají ostatním slovům.`,
    notListed: (field: 'fax' | 'email' | 'address', unit: string) =>
      `${unit}: dokumenty neuvádějí ${{ fax: 'fax', email: 'e-mail', address: 'adresu' }[field]}; ostatní kontakty jsou níže.`,
    noneAtAll: 'Žádný dokument zatím neuvádí kontaktní místo.',
    known: (names) => `Zkuste organizaci nebo útvar: ${names}; nebo slova jako 24/7, fax, e-mail.`,
    phones: 'Telefony',
    emails: 'E-maily',
    address: 'Adresa',
    head: 'Vedoucí',
    service247: 'Služba 24/7',
    country: 'Země',
    yes: 'ano',
    no: 'ne',
    fax: 'fax',
  },
  developments: {
    title: 'Vývoj',
    count: (n) => count(n, { one: 'záznam o vývoji', few: 'záznamy o vývoji', other: 'záznamů o vývoji' }),
    newestFirst: (count) => `${count}, od nejnovějšího`,
    filter: {
      country: (v) => `v zemi ${v}`,
      topic: (v) => `k tématu „${v}“`,
      type: (v) => `typu „${v}“`,
      query: (v) => `odpovídající „${v}“`,
      since: (v) => `od ${v}`,
      until: (v) => `do ${v}`,
    },
    noneBecause: (before, filter) => `${before}, ale žádný ${filter}.`,
    indexed: (count) => `Zaindexováno: ${count}`,
    noneAtAll: 'Zatím není zaindexován žádný datovaný záznam o vývoji.',
    present: { country: 'Země se záznamy', topic: 'Témata', type: 'Typy' },
  },
  channels: {
    line: (channel: string, kind: 'forum' | 'text', minConfidence: number | undefined, commands: readonly string[]) =>
      `<#${channel}>: ${kind === 'forum' ? 'každý nový příspěvek' : 'každý dotaz'}` +
      `${minConfidence ? `, když nejlepší pasáž obsahuje ${minConfidence} % dotazu` : ', když dokumenty odpovídají'}` +
      `${commands.length ? `, příkazy ${list(commands)}` : ''}`,
    autoAnswerOn: (line: string) =>
      `Budu odpovídat bez zeptání: ${line}. Když dokumenty neodpovídají, mlčím a dotaz se objeví v /dotazy.`,
    forumFromTitles:
      'Bez oprávnění Message Content nečtu text příspěvků: na každý příspěvek odpovím podle jeho názvu. Nastavte MESSAGE_CONTENT_INTENT=on (a povolte ho na portálu pro vývojáře), abych odpovídal podle textu.',
    forumFromText:
      'S oprávněním Message Content odpovím na každý příspěvek podle jeho první zprávy, přímo v příspěvku.',
    textWithIntent: 'Každá zpráva, která se ptá, dostane odpověď v novém vlákně (oprávnění Message Content: zapnuto).',
    textNeedsIntent: (channel: string) =>
      `V <#${channel}> odpovídat nemohu: bez oprávnění Message Content mi Discord posílá zprávy bez textu. Nastavte MESSAGE_CONTENT_INTENT=on a povolte ho na portálu pro vývojáře, nebo vyberte fórum (na příspěvky odpovím podle názvu).`,
    cannotPost: (channel: string) =>
      `V <#${channel}> odpovídat nemohu: potřebuji tam Zobrazit kanál, Odesílat zprávy, Vytvářet veřejná vlákna a Odesílat zprávy ve vláknech.`,
    autoAnswerOff: (channel: string) => `V <#${channel}> už bez zeptání neodpovídám.`,
    wasNotOn: (channel: string) => `V <#${channel}> jsem bez zeptání neodpovídal.`,
    unknownLookups: (names: readonly string[], lookups: readonly string[]) =>
      `Volba „příkazy“: ${list(names)} ${names.length === 1 ? 'není vyhledávací příkaz' : 'nejsou vyhledávací příkazy'}; vyberte z ${list(lookups)}.`,
    needsDiscord: 'Výběr kanálů potřebuje Discord: spusťte bota s nastaveným DISCORD_TOKEN.',
    needsServer: 'Kanály se vybírají na serveru, ne v soukromé zprávě.',
    listTitle: 'Kanály, kde odpovídám, a předání kolegům',
    noneAnswering: 'Odpovídám jen na požádání (příkaz, zmínka, soukromá zpráva, nabídka zprávy).',
    handoffIs: (channel: string, role?: string) =>
      `„Zeptat se kolegy“ otevírá vlákna v <#${channel}>${role ? ` a upozorní <@&${role}>` : ''}.`,
    noHandoff: '„Zeptat se kolegy“ není nastaveno: /kanály předání.',
    handoffSet: (channel: string, role: string) =>
      `„Zeptat se kolegy“ otevře pro každý dotaz vlákno v <#${channel}> a upozorní <@&${role}>.`,
    intentOn: 'Oprávnění Message Content: zapnuto (čtu, co členové píší).',
    intentOff:
      'Oprávnění Message Content: vypnuto (na příspěvky fóra odpovídám podle názvu; textové kanály vybrat nelze).',
  },
  handoff: {
    notSetUp: 'Zatím není nastaveno, kde se ptát kolegů: moderátor to nastaví příkazem /kanály předání.',
    needsServer: 'Kolegů se lze zeptat jen na serveru, ne v soukromé zprávě.',
    opened: (thread: string) => `Zeptal jsem se kolegů v <#${thread}>; odpověď bude tam.`,
    already: (thread: string) => `Na tohle se kolegové už ptají v <#${thread}>: sledujte to tam.`,
    question: 'Dotaz',
    answer: 'Co jsem odpověděl',
    noAnswer: 'Dokumenty na to neodpovídají.',
    askedBy: (user: string) => `Ptá se <@${user}>`,
    link: 'Odpověď',
    reply: 'Odpověď moderátora v tomto vlákně se stane odpovědí týmu, kterou /hledat najde.',
  },
  teamAnswer: {
    saved: (question: string, file: string, replaced: boolean) =>
      `${replaced ? 'Nahradil jsem odpověď týmu' : 'Uloženo jako odpověď týmu'} na „${question}“ (${code(file)}): /hledat ji najde a ocituje. Odebrat ji lze příkazem /dokumenty odebrat.`,
    empty: 'Ta zpráva nemá text, který by šel uložit jako odpověď.',
    noQuestion:
      'Nepoznám, na jaký dotaz to odpovídá: uložte odpověď na dotaz, nebo zprávu ve vlákně s předaným dotazem či v příspěvku fóra.',
    notSaved: (detail: string) => `Odpověď týmu se neuložila: ${escapeMarkdown(detail)}.`,
  },
  documents: {
    listTitle: (n) => `Indexované dokumenty (${n})`,
    undated: 'bez data',
    refused: (problem, detail) => refused[problem](typeof detail === 'string' ? detail : describe(detail)),
    needsDiscord: 'Přidání souboru potřebuje Discord (přílohu); v terminálu soubor vložte do složky seeds.',
    added: (file, replaced) =>
      replaced ? `Soubor ${code(file)} nahrazen a znovu zaindexován.` : `Uloženo jako ${code(file)} a zaindexováno.`,
    removed: (title, file) =>
      `Odebráno: **${escapeMarkdown(title)}** (${code(file)}); soubor byl přesunut stranou do datové složky.`,
    reloaded: (documents, ms) =>
      `Index znovu sestaven: ${count(documents, { one: 'dokument', few: 'dokumenty', other: 'dokumentů' })} za ${ms} ms.`,
    skipped: (n) => `Přeskočené soubory (${n}):`,
    reloadFailed: (reason, documents) =>
      `Přeindexování selhalo: ${escapeMarkdown(describe(reason))}. Odpovídám dál z předchozího indexu (${count(documents, { one: 'dokument', few: 'dokumenty', other: 'dokumentů' })}).`,
    fields: {
      kind: 'Druh',
      date: 'Datum',
      country: 'Země',
      contacts: 'Kontaktní místa',
      agreements: 'Dohody',
      none: 'nenalezeno',
    },
  },
  help: {
    title: 'liaison: příkazy',
    askingTitle: 'Ptát se bez příkazu',
    asking: (menu) =>
      [
        '**@liaison** a za tím otázka v kterémkoli kanálu: odpověď přijde jako odpověď na vaši zprávu.',
        '**V soukromé zprávě** botovi: každá zpráva je otázka, zmínka není potřeba.',
        `**Nabídka zprávy** → Aplikace → **${menu}**: odpověď na text té zprávy, jen pro vás.`,
      ].join('\n'),
  },
  questions: {
    title: (days) => `Dotazy bez dobré odpovědi za ${lastDays(days)}`,
    line: (q) =>
      `**${q.unanswered + q.unhelpful}×** ${q.question} (v dokumentech není: ${q.unanswered}, nepomohlo: ${q.unhelpful})`,
    none: (days) => `Za ${lastDays(days)} nezůstal žádný dotaz bez odpovědi ani nebyl označen jako nepomohlo.`,
    footer: 'Ukládá se jen dotaz: ne kdo se ptal, ani kde.',
  },
  search: {
    title: (query) => `Hledání: ${query}`,
    resultsCount: (shown, total) => (total === 1 ? '1 výsledek' : `Prvních ${shown} z ${total} výsledků`),
    noResults: (query) => `Dokumentům neodpovídá nic pro „${query}“.`,
    didYouMean: (query) => `Měli jste na mysli **${query}**?`,
    withoutFilters: (total) => `Bez filtrů nalezeno ${total}: zkuste odebrat zemi nebo datum.`,
    tryOther: 'Zkuste méně nebo jiná slova, nebo `/search` s tématem, např. frontex, azyl, policejní spolupráce.',
    notInDocuments: (query) => `Dokumenty na „${query}“ neodpovídají.`,
    closestDocuments: 'Nejbližší dokumenty (odpověď neobsahují)',
  },
  treaty: {
    count: (n) => count(n, { one: 'dohoda', few: 'dohody', other: 'dohod' }),
    listTitle: 'Dohody',
    known: (count) => `Známo: ${count}, od nejnověji podepsané. Podrobnosti: \`/treaty query:\` s názvem nebo stranou.`,
    parties: 'Strany',
    europeanUnion: 'Evropská unie',
    signed: 'Podepsáno',
    notStated: 'neuvedeno',
    status: 'Stav',
    signedStatus: 'podepsána',
    provisions: 'Hlavní ustanovení',
    steps: {
      signed: 'podepsána',
      approved: 'schválena',
      ratified: 'ratifikována',
      exchanged: 'výměna listin',
      'in force': 'v platnosti',
      provisional: 'prozatímně prováděna',
      terminated: 'pozbyla platnosti',
    },
    replaces: 'Nahrazuje',
    replacedBy: 'Nahrazena (již neplatí)',
    replacesLine: (name: string) => `nahrazuje ${name}`,
    replacedByLine: (name: string) => `již neplatí, nahrazena: ${name}`,
    replacedMark: 'již neplatí',
    signedOnDate: (date) => `podepsána ${date}`,
    stepLead: {
      signed: 'Podepsána',
      approved: 'Schválena',
      ratified: 'Ratifikována',
      exchanged: 'Výměna listin',
      'in force': 'V platnosti od',
      provisional: 'Prozatímně prováděna od',
      terminated: 'Pozbyla platnosti',
    },
    stepNotStated: (step, party) => {
      const by = party ? ` (${party})` : '';
      const what = {
        signed: 'kdy byla podepsána',
        approved: `kdy byla schválena${by}`,
        ratified: `kdy byla ratifikována${by}`,
        exchanged: 'kdy byly vyměněny listiny',
        'in force': 'kdy vstoupila nebo vstoupí v platnost',
        provisional: 'od kdy se prozatímně prováděla',
        terminated: 'kdy pozbyla platnosti',
      };
      return `Dokumenty neuvádějí, ${what[step]}.`;
    },
    alsoMatching: 'Odpovídá také',
    noMatch: (query) => `Dotazu „${query}“ neodpovídá žádná dohoda.`,
    mentionedOnly: (year) => `Žádný dokument nepopisuje dohodu z roku ${year}; jeden ji zmiňuje:`,
    noAgreementWith: (countries) => `Dokumenty nepopisují žádnou dohodu, jejíž stranou je ${countries}.`,
    knownList: 'Dohody, které znám:',
    noneAtAll: 'Žádný dokument zatím nepopisuje dohodu.',
  },
};
