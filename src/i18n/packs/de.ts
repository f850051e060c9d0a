/** The German language pack (Germany, Austria, Switzerland): the shape of en.ts (`Pack`), every string in German. */
import { mb, type Reason } from '../../corpus/warnings.ts';
import { escapeMarkdown, inlineFile as code } from '../../util/markdown.ts';
import { counter } from '../plural.ts';
import type { DocumentProblem, Pack, ReasonWording } from './en.ts';

const count = counter('de');
const list = (names: readonly string[]): string => names.join(', ');
const stamp = (date: Date | undefined, never: string): string =>
  date ? `<t:${Math.floor(date.getTime() / 1000)}:R>` : never;

/** The reading stages (readers, chrome, then each extractor by name). */
const stages: Record<string, string> = {
  reading: 'Lesen',
  chrome: 'Entfernen der Seitennavigation',
  title: 'Titel',
  fields: 'Felder',
  fullText: 'Text',
  countries: 'Länder',
  dates: 'Daten',
  contacts: 'Kontakte',
  agreements: 'Abkommen',
  items: 'Einträge',
  kind: 'Dokumentart',
};

const reasons: ReasonWording = {
  empty: () => 'leere Datei',
  'too-large': ({ megabytes }) => `größer als ${megabytes} MB`,
  'no-text': () => 'kein lesbarer Text',
  binary: () => 'Binärdatei (enthält NUL-Bytes)',
  'not-utf8': () => 'kein gültiger UTF-8-Text',
  'broken-pdf': ({ detail }) => `beschädigtes PDF (${detail})`,
  'broken-docx': ({ detail }) => `beschädigtes Word-Dokument (${detail})`,
  'broken-email': ({ detail }) => `beschädigte E-Mail-Nachricht (${detail})`,
  'too-deep': ({ limit }) => `HTML tiefer als ${limit} Elemente verschachtelt`,
  'archive-limit': ({ limit, value, max }) =>
    ({
      entries: `ein Archiv mit ${value} Dateien (höchstens ${max}): nicht entpackt`,
      uncompressed: `ein Archiv, das sich auf mehr als ${mb(max)} MB entpackt: nicht entpackt`,
      ratio: `ein Archiv im Verhältnis ${value} : 1 komprimiert (höchstens ${max} : 1): nicht entpackt`,
      'xml-depth': `XML tiefer als ${max} Elemente verschachtelt`,
    })[limit],
  'unsupported-type': ({ extension }) => `nicht unterstützter Dateityp „${extension || '(keiner)'}“`,
  'parse-timeout': ({ seconds, stage }) =>
    `Lesen dauerte länger als ${seconds} s${stage ? ` (abgebrochen nach: ${stages[stage] ?? stage})` : ''}: übersprungen`,
  'parse-memory': ({ megabytes }) => `zum Lesen wären mehr als ${megabytes} MB Speicher nötig: übersprungen`,
  'capped-characters': ({ limit }) => `nur teilweise indexiert: mehr als ${limit} Zeichen Text`,
  'capped-terms': ({ limit }) => `nur teilweise indexiert: mehr als ${limit} verschiedene Wörter`,
  'duplicate-id': ({ other }) =>
    `dieselbe Dokumentkennung wie ${other} (Kennungen entstehen aus Dateinamen): benennen Sie eine der Dateien um`,
  'dot-file': ({ folder }) =>
    `versteckt (der Name beginnt mit einem Punkt)${folder ? ': Ordner wird nicht gelesen' : ''}`,
  symlink: () => 'eine symbolische Verknüpfung: Verknüpfungen werden nicht verfolgt',
  'special-file': ({ kind }) =>
    `${{ fifo: 'eine benannte Pipe (FIFO)', socket: 'ein Socket', device: 'ein Gerät', other: 'keine normale Datei' }[kind]}, kein Dokument`,
  unreadable: ({ errno, folder }) => `${folder ? 'Ordner' : 'Datei'} nicht lesbar (${errno})`,
  'bad-lexicon': ({ detail }) => `Lexikon nicht verwendet: ${detail}; das eingebaute Lexikon gilt`,
  failed: ({ detail }) => detail,
  'seeds-missing': () => 'der Dokumentenordner existiert nicht',
  'seeds-unreadable': ({ errno }) => `der Dokumentenordner ist nicht lesbar (${errno})`,
};

const describe = (reason: Reason): string => (reasons[reason.code] as (reason: Reason) => string)(reason);

const refused: Record<DocumentProblem, (detail: string) => string> = {
  name: (name) => `Aus „${escapeMarkdown(name)}“ ergibt sich kein brauchbarer Dateiname.`,
  type: (file) =>
    `${code(file)}: Es können nur .txt-, .md-, .html-, .pdf-, .docx- und .eml-Dateien hinzugefügt werden.`,
  size: (size) => `Die Datei ist zu groß (${size}); die Grenze liegt bei 5 MB.`,
  unreadable: (reason) => `Die Datei ist nicht verwendbar: ${escapeMarkdown(reason)}. Nichts wurde gespeichert.`,
  exists: (file) =>
    `${code(file)} liegt bereits im Ordner. Fügen Sie sie mit replace: true erneut hinzu, um sie zu überschreiben.`,
  unknown: (value) => `Kein indexiertes Dokument heißt ${code(value)}. Wählen Sie eines aus den Vorschlägen.`,
  source: (where) =>
    `Nur in Discord angehängte Dateien können hinzugefügt werden (nicht ${code(where)}). Nichts wurde gespeichert.`,
  download: (reason) =>
    `Die Datei konnte nicht von Discord heruntergeladen werden (${escapeMarkdown(reason)}). Versuchen Sie es erneut.`,
  timeout: (seconds) =>
    `Das Herunterladen dauerte länger als ${seconds} s und wurde abgebrochen. Versuchen Sie es später erneut.`,
};

const sourceProblems: Record<string, (detail: string) => string> = {
  scheme: (detail) => `Nur http- und https-Adressen können verfolgt werden (${escapeMarkdown(detail)}).`,
  private: (detail) => `Abgelehnt: ${code(detail)} ist eine private, lokale oder Metadaten-Adresse.`,
  timeout: (detail) => `Die Website hat nicht rechtzeitig geantwortet (${detail}).`,
  'too-large': (detail) => `Die Antwort war zu groß (${detail}).`,
  redirects: (detail) => `Zu viele Weiterleitungen (${detail}).`,
  http: (detail) => `Die Website hat mit einem Fehler geantwortet (${detail}).`,
  network: (detail) => `Die Website war nicht erreichbar (${code(detail)}).`,
  'not-a-feed': (detail) =>
    `Weder ein Feed noch eine Seite, die auf einen verweist oder lesbaren Inhalt hat: ${code(detail)}.`,
  'broken-feed': (detail) => `Der Feed ist beschädigt: ${escapeMarkdown(detail)}.`,
  'unreadable-item': (detail) =>
    `Die Seite eines Eintrags ist nicht lesbar: ${escapeMarkdown(detail)}. Nichts wurde gespeichert.`,
  'name-taken': (detail) => `Eine Quelle heißt bereits **${escapeMarkdown(detail)}**: Wählen Sie einen anderen Namen.`,
  'already-followed': (detail) => `Diese Quelle wird bereits als **${escapeMarkdown(detail)}** verfolgt.`,
  internal: () => 'Auf meiner Seite ist etwas schiefgegangen; es wurde protokolliert.',
};

const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

/** "am letzten Tag", "in den letzten 7 Tagen". */
const lastDays = (days: number): string => (days === 1 ? 'am letzten Tag' : `in den letzten ${days} Tagen`);

const kinds = {
  development: 'Entwicklung',
  news: 'Nachricht',
  contact: 'Kontakt',
  treaty: 'Vertrag',
  minutes: 'Protokoll',
  bulletin: 'Mitteilungsblatt',
  email: 'E-Mail',
  project: 'Projekt',
  policy: 'Politik',
};

const since = { name: 'seit', description: 'Ab diesem Datum statt ab der letzten Übersicht (2025-01-01, 30d, 2025)' };
const developmentCountry = { name: 'land', description: 'Nur Entwicklungen zu diesem Land' };
const topic = { name: 'thema', description: 'Nur dieser Themenbereich' };
const channel = { name: 'kanal', description: 'Der Kanal (oder das Forum), in den die Übersicht geht' };
const thread = { name: 'thread', description: 'Für jede Übersicht einen neuen Thread eröffnen' };
const role = { name: 'rolle', description: 'Rolle, die bei jeder Übersicht erwähnt wird' };
const source = { name: 'quelle', description: 'Eine verfolgte Quelle' };

export const de: Pack = {
  meta: { intl: 'de-DE', discord: ['de'] },

  commands: {
    about: { name: 'info', description: 'Welche Dokumente ich kenne und wann der Index erstellt wurde' },
    channels: {
      name: 'kanäle',
      description: 'Moderation: wo ich ungefragt antworte und wohin Fragen an Kollegen gehen',
      subcommands: {
        'auto-answer': {
          name: 'auto-antwort',
          description: 'Jeden neuen Forumsbeitrag oder jede Frage in einem Textkanal beantworten',
          options: {
            channel: { name: 'kanal', description: 'Das Forum oder der Textkanal' },
            min_confidence: {
              name: 'min_sicherheit',
              description: 'Nur antworten, wenn die beste Passage so viel % der Frage enthält (1-100)',
            },
            commands: {
              name: 'befehle',
              description: 'Nur diese Suchbefehle antworten: search contacts treaty… (Standard alle)',
            },
          },
        },
        'auto-answer-off': {
          name: 'auto-antwort-aus',
          description: 'In einem Kanal nicht mehr ungefragt antworten',
          options: { channel: { name: 'kanal', description: 'Das Forum oder der Textkanal' } },
        },
        list: { name: 'liste', description: 'Wo ich ungefragt antworte, und der Übergabekanal' },
        handoff: {
          name: 'übergabe',
          description: 'Wo „Kollegen fragen“ einen Thread öffnet und welche Rolle es erwähnt',
          options: {
            channel: { name: 'kanal', description: 'Der Kanal (oder das Forum) für Übergabe-Threads' },
            role: { name: 'rolle', description: 'Die Rolle, die jede Übergabe erwähnt' },
          },
        },
      },
    },
    contacts: {
      name: 'kontakte',
      description: 'Wen und wie erreichen: Telefon, 24/7-Dienste, Fax, E-Mail, Anschriften',
      options: {
        query: {
          name: 'suche',
          description: 'Organisation, Dienststelle, Person, Ort, Nummer oder Anliegen (24/7, nachts, Fax)',
        },
      },
    },
    developments: {
      name: 'entwicklungen',
      description: 'Datierte Entwicklungen, neueste zuerst, nach Land, Thema, Typ und Datum',
      options: {
        country: developmentCountry,
        topic,
        type: { name: 'typ', description: 'Nur dieser Typ von Entwicklung (Policy, …)' },
        since: { name: 'seit', description: 'Am oder nach (2025-01-01, 6.2.2026, 30d, last month, 2025)' },
        until: { name: 'bis', description: 'Am oder vor (2025-12-31, 6.2.2026, 2025)' },
        query: { name: 'suche', description: 'Wörter, die die Entwicklung enthalten muss' },
        limit: { name: 'anzahl', description: 'Wie viele pro Seite (1-25, Standard 5)' },
      },
    },
    digest: {
      name: 'übersicht',
      description: 'Moderation: Übersichten neuer Entwicklungen für einen Kanal',
      subcommands: {
        preview: {
          name: 'vorschau',
          description: 'Die Übersicht zeigen, die gepostet würde (nichts wird gepostet)',
          options: {
            since,
            country: developmentCountry,
            topic,
            channel: { name: 'kanal', description: 'Für diesen Kanal (Standard: hier)' },
          },
        },
        post: {
          name: 'posten',
          description: 'Die Übersicht des Neuen in einem Kanal posten',
          options: { channel, since, country: developmentCountry, topic, thread, role },
        },
        schedule: {
          name: 'planen',
          description: 'Jeden Tag oder jede Woche eine Übersicht in einem Kanal posten',
          options: {
            channel,
            every: { name: 'wie-oft', description: 'Wie oft', choices: { daily: 'täglich', weekly: 'wöchentlich' } },
            at: { name: 'uhrzeit', description: 'Uhrzeit, HH:MM (Standard 08:00)' },
            weekday: {
              name: 'wochentag',
              description: 'Wochentag, für weekly (Standard Montag)',
              choices: {
                monday: 'Montag',
                tuesday: 'Dienstag',
                wednesday: 'Mittwoch',
                thursday: 'Donnerstag',
                friday: 'Freitag',
                saturday: 'Samstag',
                sunday: 'Sonntag',
              },
            },
            time_zone: { name: 'zeitzone', description: 'Zeitzone für at, z. B. Europe/Berlin (Standard UTC)' },
            country: developmentCountry,
            topic,
            thread,
            role,
          },
        },
        unschedule: {
          name: 'beenden',
          description: 'Die geplanten Übersichten eines Kanals beenden',
          options: { channel },
        },
      },
    },
    documents: {
      name: 'dokumente',
      description: 'Moderation: was indexiert ist; Dokumente hinzufügen, entfernen, neu indexieren',
      subcommands: {
        list: {
          name: 'liste',
          description: 'Was indexiert ist: Titel, Art, Datum, Datei',
          options: { page: { name: 'seite', description: 'Seitennummer' } },
        },
        add: {
          name: 'hinzufügen',
          description: 'Ein .txt-, .md-, .html-, .pdf-, .docx- oder .eml-Dokument hinzufügen (bis 5 MB)',
          options: {
            file: { name: 'datei', description: 'Das Dokument' },
            replace: { name: 'ersetzen', description: 'Eine gleichnamige Datei überschreiben' },
          },
        },
        remove: {
          name: 'entfernen',
          description: 'Ein Dokument aus dem Index entfernen (die Datei wird beiseitegelegt)',
          options: { document: { name: 'dokument', description: 'Das Dokument' } },
        },
        reload: { name: 'neu-laden', description: 'Den Dokumentenordner jetzt neu einlesen' },
      },
    },
    help: { name: 'hilfe', description: 'Was ich beantworten kann, mit Beispielen' },
    questions: {
      name: 'fragen',
      description: 'Moderation: Fragen, die die Dokumente nicht oder nicht hilfreich beantwortet haben',
      options: { days: { name: 'tage', description: 'Wie viele Tage zurück (Standard 7)' } },
    },
    search: {
      name: 'suche',
      description: 'Alle Dokumente durchsuchen (Diakritika optional, „Phrasen“ exakt)',
      options: {
        query: { name: 'begriff', description: 'Gesuchte Wörter oder „eine Phrase“' },
        country: { name: 'land', description: 'Nur Dokumente zu diesem Land' },
        since: { name: 'seit', description: 'Nur Dokumente ab diesem Datum (2025-01-01, 30d, 2025)' },
        kind: { name: 'art', description: 'Nur diese Art von Dokument', choices: kinds },
      },
    },
    sources: {
      name: 'quellen',
      description: 'Moderation: Feeds und Seiten, die der Bot verfolgt und indexiert',
      subcommands: {
        follow: {
          name: 'folgen',
          description: 'Einem RSS/Atom-Feed folgen, einer Seite mit Feed oder einer Seite auf Änderungen',
          options: {
            url: { name: 'adresse', description: 'Adresse des Feeds oder der Seite (http oder https)' },
            name: { name: 'name', description: 'Name in der Liste (Standard: Titel des Feeds)' },
            every: {
              name: 'wie-oft',
              description: 'Wie oft prüfen (Standard stündlich)',
              choices: { '60': 'stündlich', '360': 'alle 6 Stunden', '1440': 'täglich' },
            },
            country: { name: 'land', description: 'Land, um das es in den Einträgen geht' },
          },
        },
        list: { name: 'liste', description: 'Die verfolgten Quellen: letzter Erfolg, letzter Fehler, Einträge' },
        unfollow: {
          name: 'entfolgen',
          description: 'Einer Quelle nicht mehr folgen (gespeicherte Dokumente bleiben)',
          options: { source },
        },
        check: { name: 'prüfen', description: 'Eine Quelle oder alle jetzt prüfen', options: { source } },
      },
    },
    treaty: {
      name: 'vertrag',
      description: 'Was ein Abkommen sagt: Parteien, Unterzeichnung, Status, wichtige Bestimmungen',
      options: {
        query: { name: 'suche', description: 'Name des Abkommens, Partei oder Gegenstand (leer: alle auflisten)' },
      },
    },
  },
  lookupOptions: {
    hide: { name: 'verbergen', description: 'Nur Sie sehen die Antwort' },
    mention: { name: 'erwähnen', description: 'An wen sich die Antwort richtet' },
  },
  messageCommand: 'In liaison suchen',
  saveAnswerCommand: 'Als Antwort speichern',

  framework: {
    unknownCommand: (name) => `Es gibt keinen Befehl „${name}“. Versuchen Sie \`help\`.`,
    noSubcommand: (command, subcommand) => `/${command} hat keinen Unterbefehl „${subcommand}“.`,
    needsSubcommand: (command, names, given) =>
      `/${command} braucht einen dieser Unterbefehle: ${list(names)}${given ? ` (nicht „${given}“)` : ''}.`,
    notModerator: 'Das können nur Moderatoren (Nachrichten verwalten).',
    buttonGone: 'Diese Schaltfläche wird nicht mehr unterstützt.',
    somethingWrong: (id) =>
      `Auf meiner Seite ist etwas schiefgegangen. Es wurde als **${id}** protokolliert; bitte versuchen Sie es erneut.`,
    unknownOption: (name, known) =>
      `Option „${name}“: unbekannt; ${known.length ? `dieser Befehl hat die Optionen ${list(known)}` : 'dieser Befehl hat keine Optionen'}.`,
    required: (name) => `Option „${name}“: ist erforderlich.`,
    notNumber: (name, whole, raw) =>
      `Option „${name}“: erwartet eine ${whole ? 'ganze ' : ''}Zahl in Ziffern, nicht „${raw}“.`,
    atLeast: (name, min) => `Option „${name}“: muss mindestens ${min} sein.`,
    atMost: (name, max) => `Option „${name}“: darf höchstens ${max} sein.`,
    notBoolean: (name) => `Option „${name}“: erwartet true oder false (ja/nein).`,
    notUser: (name) => `Option „${name}“: erwartet eine Benutzer-ID oder Erwähnung.`,
    notChannel: (name) => `Option „${name}“: erwartet eine Kanal-ID oder Erwähnung.`,
    notRole: (name) => `Option „${name}“: erwartet eine Rollen-ID oder Erwähnung.`,
    notFile: (name) => `Option „${name}“: erwartet eine Datei.`,
    empty: (name) => `Option „${name}“: darf nicht leer sein.`,
    tooShort: (name, min) => `Option „${name}“: muss mindestens ${min} Zeichen lang sein.`,
    tooLong: (name, max) => `Option „${name}“: darf höchstens ${max} Zeichen lang sein.`,
    notAChoice: (name, choices) => `Option „${name}“: muss eines davon sein: ${list(choices)}.`,
  },
  questionsAsked: {
    helpful: 'Hilfreich',
    notHelpful: 'Nicht hilfreich',
    askColleague: 'Kollegen fragen',
    whyTitle: 'Warum hat es nicht geholfen?',
    whyReason: 'Was stimmte mit der Antwort nicht?',
    whyDetail: 'Möchten Sie etwas ergänzen? (optional)',
    reasons: {
      wrong: 'Sie ist falsch',
      outdated: 'Sie ist veraltet',
      'not-found': 'Nicht das, was ich gesucht habe',
      other: 'Etwas anderes',
    },
    voteThanks: 'Danke: für die Moderation vermerkt.',
    alreadyVoted: 'Sie haben diese Antwort bereits bewertet.',
    slowDown:
      'Bitte etwas langsamer: Ich beantworte pro Person nur wenige Fragen in der Minute. Fragen Sie in einer Minute erneut.',
    askWhat:
      'Stellen Sie mir nach der Erwähnung eine Frage, z. B. „Wen rufe ich nachts wegen eines SIRENE-Treffers an?“',
    noTextToSearch: 'Diese Nachricht enthält keinen Text, nach dem sich suchen ließe.',
  },
  answers: {
    source: 'Quelle',
    previous: '◀ Zurück',
    next: 'Weiter ▶',
    page: (n, of) => `Seite ${n} von ${of}`,
    tooLong: 'zum Weiterblättern die Anfrage kürzen oder Filter hinzufügen',
    badDate: (value) =>
      `„${value}“ ist kein Datum, das ich verstehe. Verwenden Sie 2026-02-06, 6.2.2026, 6. Februar 2026, 30 Tage, letzten Monat oder 2025 (Jahre 1900–2100).`,
  },
  kinds,
  reasons,
  stages,
  cli: {
    greeting: (documents) =>
      `liaison: ${count(documents, { one: 'Dokument', other: 'Dokumente' })} indexiert. Geben Sie help ein oder einen Befehl wie /search query: frontex`,
    sessionHelp:
      'Optionen schreiben Sie als Name: Wert, zum Beispiel /search query: policejni spoluprace. Beenden mit exit.',
    skipped: (file, reason) => `Warnung: ${file} übersprungen: ${reason}`,
    noSuchCommand: (name, commands, meant) =>
      `Es gibt keinen Befehl „${name}“.${meant ? ` Meinten Sie „${meant}“?` : ''} Befehle: ${commands.join(', ')}.`,
    whichCommand: 'Welcher Befehl? Versuchen Sie `help`.',
    unexpected: (word) => `Unerwartet: „${word}“. Optionen werden --name wert geschrieben.`,
    needsValue: (name) => `Option --${name} braucht einen Wert.`,
    badLocale: (locales) =>
      `--locale muss ${locales.slice(0, -1).join(', ')} oder ${locales[locales.length - 1]} sein.`,
    writeOptions: (names) => `Optionen als Name: Wert schreiben (Optionen: ${names.join(', ') || 'keine'}).`,
    seedsMissing: (dir) =>
      `Der Dokumentenordner „${dir}“ existiert nicht; setzen Sie --seeds oder SEEDS_DIR auf einen Ordner mit Dokumenten.`,
    seedsUnreadable: (dir, code) => `Der Dokumentenordner „${dir}“ ist nicht lesbar (${code}).`,
    internal: (id) => `Auf meiner Seite ist etwas schiefgegangen (protokolliert als ${id}).`,
    errorLine: (text: string) => `Fehler: ${text}`,
  },
  startup: {
    tokenRejected:
      'Discord hat DISCORD_TOKEN abgelehnt (401): Kopieren Sie das Bot-Token erneut aus dem Developer Portal (Bot → Reset Token) in .env.',
    tokenMalformed:
      'DISCORD_TOKEN sieht nicht wie ein Bot-Token aus (drei durch Punkte getrennte Teile): Kopieren Sie es vollständig aus dem Developer Portal (Bot → Reset Token).',
    unreachable: (url) =>
      `Discord ist unter ${url} nicht erreichbar: Prüfen Sie Netzwerk, Proxy oder Firewall und DISCORD_API_URL, falls gesetzt.`,
    missingPermissions: (channel, permissions) =>
      `Im Kanal ${channel} fehlt: ${permissions}. Geben Sie der Rolle des Bots dort diese Berechtigungen (README, „Permissions“).`,
  },
  discord: {
    restarting: 'Neustart, bitte versuchen Sie es gleich noch einmal.',
    cannotPost: (channel) => `Ich kann in <#${channel}> nicht schreiben.`,
  },
  digest: {
    period: (start, end) => `Zeitraum ${start} – ${end}`,
    developments: (n) => count(n, { one: 'Entwicklung', other: 'Entwicklungen' }),
    alreadyPosted: (n) => `${n} hier bereits gepostet`,
    part: (i, n) => `Teil ${i}/${n}`,
    number: (id) => `Übersicht Nr. ${id}`,
    noCountry: 'Ohne Land',
    continued: (country) => `${country} (Fortsetzung)`,
    source: 'Quelle',
    threadName: (day) => `Übersicht ${day}`,
    headline: (id, developments) => `Übersicht Nr. ${id}: ${developments}`,
  },
  digestCommand: {
    previewOf: (channel) =>
      channel
        ? `Vorschau der Übersicht für <#${channel}> (nur Sie sehen das; nichts wird gepostet).`
        : 'Vorschau der Übersicht (hier kein Kanal: sie deckt den Standardzeitraum ab, oder ab since).',
    nothingNew: (channel, start) => `Seit ${start} nichts Neues${channel ? ` für <#${channel}>` : ''}.`,
    nothingPosted: (channel, start) => `Seit ${start} nichts Neues für <#${channel}>: Es wurde nichts gepostet.`,
    posted: (channel, developments, messages) =>
      `${developments} in <#${channel}> gepostet, in ${count(messages, { one: 'Nachricht', other: 'Nachrichten' })}. Sie werden dort nicht noch einmal gepostet.`,
    needsDiscord: 'Posten in einen Kanal braucht Discord: Starten Sie den Bot mit gesetztem DISCORD_TOKEN.',
    cannotPost: (channel) =>
      `Ich kann in <#${channel}> nicht posten: Ich brauche dort Kanal ansehen, Nachrichten senden und Links einbetten.`,
    notSent: (channel, status, sent, of) =>
      sent === 0
        ? `Discord hat die Übersicht für <#${channel}> nicht angenommen${status ? ` (HTTP ${status})` : ''}. Nichts wurde vermerkt: Die nächste Übersicht dort enthält diese Entwicklungen.`
        : `Discord hat ${sent} der ${of} Nachrichten der Übersicht für <#${channel}> angenommen und dann abgelehnt${status ? ` (HTTP ${status})` : ''}. Das Gesendete ist vermerkt; der Rest kommt mit der nächsten Übersicht dort.`,
    badTime: (at) => `„${at}“ ist keine Uhrzeit: Verwenden Sie HH:MM, zum Beispiel 08:00.`,
    badTimeZone: (zone) =>
      `„${zone}“ ist keine Zeitzone: Wählen Sie eine aus den Vorschlägen, zum Beispiel Europe/Berlin.`,
    weekdayDaily: 'Ein Wochentag gehört nur zu every: weekly.',
    daily: (at, zone) => `jeden Tag um ${at} ${zone}`,
    weekly: (weekday, at, zone) => `jeden ${WEEKDAYS[weekday]} um ${at} ${zone}`,
    where: {
      channel: (channel) => `in <#${channel}>`,
      thread: (channel) => `in einen neuen Thread von <#${channel}>`,
      forum: (channel) => `als neuen Beitrag im Forum <#${channel}>`,
    },
    pinging: (role) => `, mit Erwähnung von <@&${role}>`,
    only: (filters) => ` (nur ${filters})`,
    scheduledPreview: (where, when, next) => `Der Plan postet dies ${where} ${when}; nächstes Mal: ${next}.`,
    scheduled: (where, when, next) => `Eine Übersicht des Neuen geht ${where} ${when}. Nächstes Mal: ${next}.`,
    unscheduled: (channel) => `Keine geplanten Übersichten mehr für <#${channel}>.`,
    notScheduled: (channel) => `Für <#${channel}> war keine Übersicht geplant.`,
  },
  sources: {
    problem: (problem, detail) => (sourceProblems[problem] ?? ((text: string) => `${problem}: ${text}`))(detail),
    unknownSource: (name) =>
      `Keine Quelle heißt **${escapeMarkdown(name)}**. Wählen Sie eine aus den Vorschlägen oder siehe \`/sources list\`.`,
    followed: (name, kind, url, hours) =>
      `Ich folge **${escapeMarkdown(name)}** (${kind}) unter ${url}, geprüft ${hours}. Die Einträge kommen mit der nächsten Prüfung (\`/sources check\`).`,
    kinds: { feed: 'Feed', page: 'auf Änderungen beobachtete Seite' },
    every: { 60: 'stündlich', 360: 'alle 6 Stunden', 1440: 'täglich' },
    unfollowed: (name, items) =>
      `Ich folge **${escapeMarkdown(name)}** nicht mehr. Die bereits daraus gespeicherten ${count(items, { one: 'Dokument', other: 'Dokumente' })} bleiben indexiert.`,
    listTitle: (n) => `Verfolgte Quellen (${n})`,
    none: 'Noch wird keine Quelle verfolgt. Fügen Sie eine mit `/sources follow url:` hinzu.',
    status: (items, success, checked) =>
      `${count(items, { one: 'Eintrag', other: 'Einträge' })} · letzter Erfolg ${stamp(success, 'nie')} · letzte Prüfung ${stamp(checked, 'nie')}`,
    lastError: (text) => `Letzter Fehler: ${text}`,
    checkTitle: 'Quellen geprüft',
    added: (name, n) => `**${escapeMarkdown(name)}**: ${count(n, { one: 'neuer Eintrag', other: 'neue Einträge' })}`,
    nothingNew: (name) => `**${escapeMarkdown(name)}**: nichts Neues`,
    failed: (name, text) => `**${escapeMarkdown(name)}**: ${text}`,
  },

  about: {
    title: 'Über liaison',
    documents: 'Dokumente',
    newest: 'Neuestes',
    built: 'Index erstellt',
    countries: 'Länder',
    skipped: 'Übersprungene Dateien',
    seedsFolder: 'Nichts indexiert',
  },
  contacts: {
    count: (n) => count(n, { one: 'Kontaktstelle', other: 'Kontaktstellen' }),
    everything: (count) => `**Kontakte**: ${count}, nach Organisation`,
    matching: (query, count) => `**Kontakte** für „${query}“: ${count}`,
    none: (query) => `Keine Kontaktstelle passt zu „${query}“.`,
    noneFor: (names) => `Die Dokumente nennen keinen Kontakt für „${names}“.`,
    noneIn: (countries) =>
      `Die Dokumente nennen keine solche Kontaktstelle für ${countries}; die nächstliegenden stehen unten.`,
    without: (names: string) => `Kein Kontakt erwähnt „${names}“: diese passen zu den übrigen Wörtern.`,
    notListed: (field: 'fax' | 'email' | 'address', unit: string) =>
      `${unit}: Die Dokumente nennen ${{ fax: 'kein Fax', email: 'keine E-Mail-Adresse', address: 'keine Anschrift' }[field]}; die übrigen Kontakte stehen unten.`,
    noneAtAll: 'Noch nennt kein Dokument eine Kontaktstelle.',
    known: (names) => `Versuchen Sie eine Organisation oder Dienststelle: ${names}; oder Wörter wie 24/7, Fax, E-Mail.`,
    phones: 'Telefon',
    emails: 'E-Mail',
    address: 'Anschrift',
    head: 'Leitung',
    service247: '24/7-Dienst',
    country: 'Land',
    yes: 'ja',
    no: 'nein',
    fax: 'Fax',
  },
  developments: {
    title: 'Entwicklungen',
    count: (n) => count(n, { one: 'Entwicklung', other: 'Entwicklungen' }),
    newestFirst: (count) => `${count}, neueste zuerst`,
    filter: {
      country: (v) => `in ${v}`,
      topic: (v) => `zum Thema „${v}“`,
      type: (v) => `vom Typ „${v}“`,
      query: (v) => `passend zu „${v}“`,
      since: (v) => `seit ${v}`,
      until: (v) => `bis ${v}`,
    },
    noneBecause: (before, filter) => `${before}, aber keine ${filter}.`,
    indexed: (count) => `${count} indexiert`,
    noneAtAll: 'Noch ist keine datierte Entwicklung indexiert.',
    present: { country: 'Länder mit Entwicklungen', topic: 'Themen', type: 'Typen' },
  },
  channels: {
    line: (channel: string, kind: 'forum' | 'text', minConfidence: number | undefined, commands: readonly string[]) =>
      `<#${channel}>: ${kind === 'forum' ? 'jeder neue Beitrag' : 'jede Frage'}` +
      `${minConfidence ? `, wenn die beste Passage ${minConfidence} % der Frage enthält` : ', wenn die Dokumente antworten'}` +
      `${commands.length ? `, mit ${list(commands)}` : ''}`,
    autoAnswerOn: (line: string) =>
      `Ich antworte ungefragt: ${line}. Wenn die Dokumente nicht antworten, schweige ich, und die Frage erscheint in /fragen.`,
    forumFromTitles:
      'Ohne den Message-Content-Intent kann ich den Text eines Beitrags nicht lesen: Ich antworte auf jeden Beitrag nach seinem Titel. Setzen Sie MESSAGE_CONTENT_INTENT=on (und aktivieren Sie den Intent im Entwicklerportal), damit ich nach dem Text antworte.',
    forumFromText:
      'Mit dem Message-Content-Intent antworte ich auf jeden Beitrag nach seiner ersten Nachricht, im Beitrag.',
    textWithIntent:
      'Jede Nachricht, die eine Frage stellt, bekommt ihre Antwort in einem neuen Thread (Message-Content-Intent: an).',
    textNeedsIntent: (channel: string) =>
      `In <#${channel}> kann ich nicht antworten: Ohne den Message-Content-Intent schickt mir Discord Nachrichten ohne Text. Setzen Sie MESSAGE_CONTENT_INTENT=on und aktivieren Sie den Intent im Entwicklerportal, oder wählen Sie ein Forum (Beiträge werden nach ihrem Titel beantwortet).`,
    cannotPost: (channel: string) =>
      `In <#${channel}> kann ich nicht antworten: Ich brauche dort Kanal ansehen, Nachrichten senden, Öffentliche Threads erstellen und Nachrichten in Threads senden.`,
    autoAnswerOff: (channel: string) => `In <#${channel}> antworte ich nicht mehr ungefragt.`,
    wasNotOn: (channel: string) => `In <#${channel}> habe ich nicht ungefragt geantwortet.`,
    unknownLookups: (names: readonly string[], lookups: readonly string[]) =>
      `Option „befehle“: ${list(names)} ${names.length === 1 ? 'ist kein Suchbefehl' : 'sind keine Suchbefehle'}; wählen Sie aus ${list(lookups)}.`,
    needsDiscord: 'Kanäle wählen braucht Discord: Starten Sie den Bot mit DISCORD_TOKEN.',
    needsServer: 'Kanäle werden auf einem Server gewählt, nicht in einer Direktnachricht.',
    listTitle: 'Kanäle, in denen ich antworte, und die Übergabe',
    noneAnswering: 'Ich antworte nur auf Anfrage (Befehl, Erwähnung, Direktnachricht, Nachrichtenmenü).',
    handoffIs: (channel: string, role?: string) =>
      `„Kollegen fragen“ öffnet Threads in <#${channel}>${role ? ` und erwähnt <@&${role}>` : ''}.`,
    noHandoff: '„Kollegen fragen“ ist nicht eingerichtet: /kanäle übergabe.',
    handoffSet: (channel: string, role: string) =>
      `„Kollegen fragen“ öffnet für jede Frage einen Thread in <#${channel}> und erwähnt <@&${role}>.`,
    intentOn: 'Message-Content-Intent: an (ich lese, was Mitglieder schreiben).',
    intentOff:
      'Message-Content-Intent: aus (Forumsbeiträge werden nach ihrem Titel beantwortet; Textkanäle können nicht gewählt werden).',
  },
  handoff: {
    notSetUp: 'Noch ist nicht eingerichtet, wo Kollegen gefragt werden: Die Moderation kann es mit /kanäle übergabe.',
    needsServer: 'Kollegen lassen sich nur auf einem Server fragen, nicht in einer Direktnachricht.',
    opened: (thread: string) => `Ich habe Ihre Kollegen in <#${thread}> gefragt; die Antwort kommt dort.`,
    already: (thread: string) => `Das wurde die Kollegen schon in <#${thread}> gefragt: Verfolgen Sie es dort.`,
    question: 'Frage',
    answer: 'Was ich geantwortet habe',
    noAnswer: 'Die Dokumente beantworten es nicht.',
    askedBy: (user: string) => `Gefragt von <@${user}>`,
    link: 'Die Antwort',
    reply: 'Eine Antwort der Moderation in diesem Thread wird zu einer Team-Antwort, die /suche findet.',
  },
  teamAnswer: {
    saved: (question: string, file: string, replaced: boolean) =>
      `${replaced ? 'Team-Antwort ersetzt' : 'Als Team-Antwort gespeichert'} zu „${question}“ (${code(file)}): /suche findet und zitiert sie. Entfernen mit /dokumente entfernen.`,
    empty: 'Diese Nachricht hat keinen Text, der sich als Antwort speichern ließe.',
    noQuestion:
      'Ich erkenne nicht, welche Frage das beantwortet: Speichern Sie eine Antwort auf die Frage oder eine Nachricht in einem Übergabe-Thread oder Forumsbeitrag.',
    notSaved: (detail: string) => `Die Team-Antwort wurde nicht gespeichert: ${escapeMarkdown(detail)}.`,
  },
  documents: {
    listTitle: (n) => `Indexierte Dokumente (${n})`,
    undated: 'ohne Datum',
    refused: (problem, detail) => refused[problem](typeof detail === 'string' ? detail : describe(detail)),
    needsDiscord:
      'Eine Datei hinzufügen braucht Discord (einen Anhang); im Terminal legen Sie die Datei in den Dokumentenordner.',
    added: (file, replaced) =>
      replaced ? `${code(file)} ersetzt und neu indexiert.` : `Als ${code(file)} gespeichert und indexiert.`,
    removed: (title, file) =>
      `**${escapeMarkdown(title)}** (${code(file)}) entfernt; die Datei wurde in den Datenordner beiseitegelegt.`,
    reloaded: (documents, ms) =>
      `Index neu erstellt: ${count(documents, { one: 'Dokument', other: 'Dokumente' })} in ${ms} ms.`,
    skipped: (n) => `${count(n, { one: 'Datei', other: 'Dateien' })} übersprungen:`,
    reloadFailed: (reason, documents) =>
      `Neuindexierung fehlgeschlagen: ${escapeMarkdown(describe(reason))}. Ich antworte weiter aus dem bisherigen Index (${count(documents, { one: 'Dokument', other: 'Dokumente' })}).`,
    fields: {
      kind: 'Art',
      date: 'Datum',
      country: 'Land',
      contacts: 'Kontaktstellen',
      agreements: 'Abkommen',
      none: 'keine gefunden',
    },
  },
  help: {
    title: 'liaison: Befehle',
    askingTitle: 'Fragen ohne Befehl',
    asking: (menu) =>
      [
        '**@liaison** und dahinter Ihre Frage in einem beliebigen Kanal: die Antwort kommt als Antwort auf Ihre Nachricht.',
        '**In einer Direktnachricht** an den Bot: jede Nachricht ist eine Frage, ohne Erwähnung.',
        `**Nachrichtenmenü** → Apps → **${menu}**: die Antwort auf den Text dieser Nachricht, nur für Sie.`,
      ].join('\n'),
  },
  questions: {
    title: (days) => `Fragen ohne gute Antwort ${lastDays(days)}`,
    line: (q) =>
      `**${q.unanswered + q.unhelpful}×** ${q.question} (nicht in den Dokumenten: ${q.unanswered}, nicht hilfreich: ${q.unhelpful})`,
    none: (days) =>
      `${days === 1 ? 'Am letzten Tag' : `In den letzten ${days} Tagen`} blieb keine Frage unbeantwortet oder wurde als nicht hilfreich bewertet.`,
    footer: 'Gespeichert wird nur die Frage: weder wer gefragt hat noch wo.',
  },
  search: {
    title: (query) => `Suche: ${query}`,
    resultsCount: (shown, total) => (total === 1 ? '1 Treffer' : `Die ersten ${shown} von ${total} Treffern`),
    noResults: (query) => `Nichts in den Dokumenten passt zu „${query}“.`,
    didYouMean: (query) => `Meinten Sie **${query}**?`,
    withoutFilters: (total) => `Ohne die Filter ${total} gefunden: Versuchen Sie es ohne Land oder Datum.`,
    tryOther:
      'Versuchen Sie weniger oder andere Wörter, oder `/search` mit einem Thema wie Frontex, Asyl oder polizeiliche Zusammenarbeit.',
    notInDocuments: (query) => `Die Dokumente beantworten „${query}“ nicht.`,
    closestDocuments: 'Nächstliegende Dokumente (sie beantworten es nicht)',
  },
  treaty: {
    count: (n) => count(n, { one: 'Abkommen', other: 'Abkommen' }),
    listTitle: 'Abkommen',
    known: (count) =>
      `${count} bekannt, zuletzt unterzeichnete zuerst. Fragen Sie \`/treaty query:\` mit einem Namen oder einer Partei nach Einzelheiten.`,
    parties: 'Parteien',
    europeanUnion: 'Europäische Union',
    signed: 'Unterzeichnet',
    notStated: 'nicht angegeben',
    status: 'Status',
    signedStatus: 'unterzeichnet',
    provisions: 'Wichtige Bestimmungen',
    steps: {
      signed: 'unterzeichnet',
      approved: 'gebilligt',
      ratified: 'ratifiziert',
      exchanged: 'Urkunden ausgetauscht',
      'in force': 'in Kraft',
      provisional: 'vorläufig angewendet',
      terminated: 'außer Kraft',
    },
    replaces: 'Ersetzt',
    replacedBy: 'Ersetzt durch (nicht mehr in Kraft)',
    replacesLine: (name: string) => `ersetzt ${name}`,
    replacedByLine: (name: string) => `nicht mehr in Kraft, ersetzt durch ${name}`,
    replacedMark: 'nicht mehr in Kraft',
    signedOnDate: (date) => `unterzeichnet am ${date}`,
    stepLead: {
      signed: 'Unterzeichnet',
      approved: 'Gebilligt',
      ratified: 'Ratifiziert',
      exchanged: 'Urkunden ausgetauscht',
      'in force': 'In Kraft',
      provisional: 'Vorläufig angewendet ab',
      terminated: 'Außer Kraft',
    },
    stepNotStated: (step, party) => {
      const by = party ? ` (${party})` : '';
      const what = {
        signed: 'wann es unterzeichnet wurde',
        approved: `wann es gebilligt wurde${by}`,
        ratified: `wann es ratifiziert wurde${by}`,
        exchanged: 'wann die Urkunden ausgetauscht wurden',
        'in force': 'wann es in Kraft tritt oder trat',
        provisional: 'seit wann es vorläufig angewendet wird',
        terminated: 'wann es außer Kraft trat',
      };
      return `Die Dokumente sagen nicht, ${what[step]}.`;
    },
    alsoMatching: 'Ebenfalls passend',
    noMatch: (query) => `Kein Abkommen passt zu „${query}“.`,
    mentionedOnly: (year) => `Kein Dokument beschreibt ein Abkommen von ${year}; eines erwähnt es:`,
    noAgreementWith: (countries) => `Die Dokumente beschreiben kein Abkommen mit ${countries}.`,
    knownList: 'Abkommen, die ich kenne:',
    noneAtAll: 'Noch beschreibt kein Dokument ein Abkommen.',
  },
};
