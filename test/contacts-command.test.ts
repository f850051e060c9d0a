/** /contacts on the seeds and on contact pages written here: what a team member would read. */
import { describe, expect, it } from 'vitest';
import contacts from '../commands/contacts.ts';
import search from '../commands/search.ts';
import type { Card, Reply } from '../src/answers/reply.ts';
import type { Locale } from '../src/i18n/locale.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { buildDocument, parseDocument } from '../src/corpus/parse.ts';
import { readMarkdown } from '../src/corpus/readers/markdown.ts';
import { toDiscordMessage } from '../src/render/discord.ts';
import { discordRuleViolations, validateRequestBody } from './support/discord-spec.ts';
import { visibleText } from './support/visible-text.ts';
import { askCli, contextFor, fieldOf, runQuery, seedKnowledge, trialKnowledge } from './support/structured.ts';

const AUSTRIAN_PAGE = `Federal Criminal Police Office

Single Point of Contact for International Cooperation

- SIRENE_Office *priority* @everyone
- Europol National Unit

Address: Josef-Holaubek-Platz 1, 1090 Wien
Switchboard: +43 1 24836 0
Operations centre (around the clock): +43 1 24836 85025
Telefax: +43 1 24836 951
E-mail for liaison officers: spoc@example.at
Head of unit: Brig. Anna Huber
`;

const CZECH_PAGE = `Policie České republiky

Odbor mezinárodní policejní spolupráce

Adresa:
Strojnická 27
170 89 Praha 7
Sekretariát: +420 974 811 111
Stálá služba: +420 974 812 222 (nepřetržitě)
Fax: +420 974 813 333
E-mail: omps@pcr.cz
Ředitel odboru: plk. Mgr. Jan Dvořák`;

/** The seeds, and the seeds with the documents above. */
const { seeds: seedKb, mixed: mixedKb } = await seedKnowledge([
  ['at-spoc.txt', AUSTRIAN_PAGE],
  ['cz-odbor.txt', CZECH_PAGE],
]);

const ask = (query: string | undefined, kb = seedKb, locale?: Locale): Promise<Reply> =>
  runQuery(contacts, query, kb, locale);
const field = fieldOf;
const phoneLines = (card: Card | undefined): string[] => field(card, 'Phones').split('\n');
const cardTitled = (reply: Reply, title: string): Card | undefined => reply.cards.find((c) => c.title === title);

describe('/contacts without a query', () => {
  it('lists every contact point, grouped by organisation, with national and E.164 numbers', async () => {
    const reply = await ask(undefined);
    expect(reply.content).toContain('2 contact points');
    expect(reply.cards.map((c) => c.title)).toEqual([
      'European Union Agency for Asylum (EUAA)',
      'International Police Cooperation Directorate',
    ]);
    const directorate = cardTitled(reply, 'International Police Cooperation Directorate');
    expect(directorate?.description).toContain('Police Presidium of the Czech Republic');
    expect(phoneLines(directorate)).toContain('Permanent service: 974 834 210 · +420 974 834 210 · 24/7');
    expect(field(directorate, '24/7 service')).toBe('yes');
    // A page not saying a unit is staffed round the clock does not say it closes: no "24/7: no".
    expect(cardTitled(reply, 'European Union Agency for Asylum (EUAA)')?.fields?.map((f) => f.name)).not.toContain(
      '24/7 service',
    );
    expect(field(directorate, 'Head')).toContain('Havránková');
    expect(field(directorate, 'Source')).toContain('`001_cb69db5f71028c61.txt`');
  });

  it('shows the EUAA contact e-mail, citing the entry it comes from with its URL', async () => {
    const euaa = (await ask(undefined)).cards[0];
    expect(field(euaa, 'E-mails')).toBe('ids@euaa.europa.eu');
    expect(field(euaa, 'Source')).toContain('Czechia and Slovakia sign new agreement on police cooperation');
    expect(field(euaa, 'Source')).toContain('(https://mv.gov.cz/clanek/prvni-zahranicni-cesta');
  });
});

describe('/contacts with a query', () => {
  it('fax: the fax lines first, in bold, flagged as fax', async () => {
    const reply = await ask('fax');
    expect(reply.cards).toHaveLength(1);
    const lines = phoneLines(reply.cards[0]);
    expect(lines.slice(0, 2)).toEqual([
      '**service FAX: 974 834 723 · +420 974 834 723 · fax · 24/7**',
      '**service FAX: 974 834 716 · +420 974 834 716 · fax · 24/7**',
    ]);
    expect(lines.slice(2).every((line) => !line.startsWith('**'))).toBe(true);
  });

  it.each(['974834210', '974 834 210', '+420 974 834 210', '00420974834210'])(
    'finds the number by its digits: %s',
    async (query) => {
      const reply = await ask(query);
      expect(reply.cards).toHaveLength(1);
      expect(phoneLines(reply.cards[0])[0]).toBe('**Permanent service: 974 834 210 · +420 974 834 210 · 24/7**');
    },
  );

  it('who do I call at night: the 24/7 permanent service first', async () => {
    const reply = await ask('who do I call at night');
    expect(reply.cards[0]?.title).toBe('International Police Cooperation Directorate');
    expect(phoneLines(reply.cards[0])[0]).toBe('**Permanent service: 974 834 210 · +420 974 834 210 · 24/7**');
    expect(reply.cards.some((c) => c.title?.includes('EUAA'))).toBe(false);
  });

  it('finds the EUAA by name and by its e-mail address', async () => {
    for (const query of ['EUAA', 'ids@euaa.europa.eu', 'asylum agency']) {
      const reply = await ask(query);
      expect(reply.cards[0]?.title, query).toContain('EUAA');
      expect(field(reply.cards[0], 'E-mails')).toBe('ids@euaa.europa.eu');
    }
  });

  it('folds Czech: "sekretariat" finds the secretariat lines', async () => {
    const lines = phoneLines((await ask('sekretariat')).cards[0]);
    expect(lines.slice(0, 2).every((line) => line.startsWith('**Secretariat:'))).toBe(true);
  });

  it('says so when nothing matches, naming what it knows', async () => {
    const reply = await ask('xylophone orchestra');
    expect(reply.cards[0]?.description).toContain('The documents list no contact for “xylophone orchestra”');
    expect(reply.cards[0]?.description).toContain('International Police Cooperation Directorate');
  });
});

describe('/contacts asked who and how', () => {
  it('names the person first when the question asks who as well as a number or an e-mail', async () => {
    const reply = await ask('Kdo vede odbor mezinárodní policejní spolupráce a jaký má e-mail?', mixedKb);
    expect(reply.content?.split('\n')[0]).toMatch(
      /^\*\*plk\. Mgr\. Jan Dvořák\*\* \(Ředitel odboru\) · \*\*omps@pcr\.cz\*\*/,
    );
    const fax = await ask('fax odboru mezinárodní policejní spolupráce', mixedKb);
    expect(fax.content?.split('\n')[0]).not.toContain('Dvořák');
  });
});

describe('/contacts on contact pages written for the test', () => {
  it('reads another unit with other labels: duty officer at night, fax, city, person, audience', async () => {
    const night = await ask('who do I call at night', mixedKb);
    const austrian = cardTitled(night, 'Single Point of Contact for International Cooperation');
    // As the page writes it, then the number for dialling.
    expect(phoneLines(austrian)[0]).toBe('**Operations centre (around the clock): +43 1 24836 85025 · 24/7**');
    expect(cardTitled(night, 'Odbor mezinárodní policejní spolupráce')).toBeDefined();
    for (const query of ['Wien', 'huber', 'for liaison officers', 'Europol', '+43 1 24836 951']) {
      expect((await ask(query, mixedKb)).cards[0]?.title, query).toBe(
        'Single Point of Contact for International Cooperation',
      );
    }
    const fax = await ask('fax', mixedKb);
    expect(fax.cards.map((c) => c.title)).toHaveLength(3);
    for (const card of fax.cards) expect(phoneLines(card)[0], card.title).toMatch(/^\*\*.*· fax/);
  });

  it('finds a Czech-labelled line with or without diacritics', async () => {
    for (const query of ['stálá služba', 'stala sluzba', 'sekretariat']) {
      const card = cardTitled(await ask(query, mixedKb), 'Odbor mezinárodní policejní spolupráce');
      expect(phoneLines(card)[0], query).toMatch(/^\*\*(Stálá služba|Sekretariát)/);
    }
  });

  it('escapes document text and never pings anyone', async () => {
    const reply = await ask('SIRENE', mixedKb);
    expect(reply.cards[0]?.description).toContain('SIRENE\\_Office \\*priority\\* @\u200beveryone');
    expect(toDiscordMessage(reply).allowed_mentions).toEqual({ parse: [] });
  });

  it('answers in Czech to a Czech user', async () => {
    const reply = await ask(undefined, seedKb, 'cs');
    expect(reply.content).toContain('2 kontaktní místa');
    expect(reply.cards[1]?.fields?.map((f) => f.name)).toEqual([
      'Telefony',
      'E-maily',
      'Adresa',
      'Vedoucí',
      'Země',
      'Služba 24/7',
      'Zdroj',
    ]);
  });
});

describe('/contacts autocomplete and pages', () => {
  it('suggests organisations and units from memory, fast', () => {
    const ctx = contextFor(mixedKb);
    expect(contacts.autocomplete?.({ name: 'query', value: 'inter' }, ctx).map((c) => c.name)).toEqual([
      'International Police Cooperation Directorate',
      'Single Point of Contact for International Cooperation',
    ]);
    expect(contacts.autocomplete?.({ name: 'query', value: 'policie' }, ctx).map((c) => c.name)).toEqual([
      'Policie České republiky',
    ]);
    const started = performance.now();
    for (let i = 0; i < 100; i++) contacts.autocomplete?.({ name: 'query', value: 'o' }, ctx);
    expect((performance.now() - started) / 100).toBeLessThan(2);
  });

  it('pages a long directory with buttons that fit in a custom_id', async () => {
    const units = Array.from({ length: 14 }, (_, i) =>
      parseDocument(
        `unit-${i}.txt`,
        `Border Police Service\n\nRegional Unit ${i + 1}\nPhone: +420 974 81${String(i).padStart(2, '0')} 11\nE-mail: unit${i}@example.cz`,
      ),
    );
    const ctx = contextFor(new KnowledgeBase(units), 'en', 'discord');
    const pages = [await contacts.run({}, ctx)];
    for (;;) {
      const next = pages.at(-1)!.buttons?.find((b) => b.label.startsWith('Next') && !b.disabled);
      if (!next) break;
      expect(next.customId?.length).toBeLessThanOrEqual(100);
      pages.push(await contacts.button!(next.customId!.slice('contacts:'.length), ctx));
    }
    // Each page one message Discord takes (40 components, 4,000 characters), together every unit once.
    for (const page of pages)
      expect(discordRuleViolations('POST', '/channels/1/messages', toDiscordMessage(page))).toEqual([]);
    expect(pages.flatMap((page) => page.cards)).toHaveLength(14);
    expect(pages.at(-1)!.cards.at(-1)?.footer).toBe(`Page ${pages.length} of ${pages.length}`);
  });
});

describe('npm run ask -- contacts', () => {
  it('prints the exact Discord payload with --json: the fax lines flagged, valid for Discord', async () => {
    const { status, stdout, stderr } = await askCli('contacts', '--query', 'fax', '--json');
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const payload = JSON.parse(stdout);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(visibleText(payload)).toContain('**service FAX: 974 834 723 · +420 974 834 723 · fax · 24/7**');
    expect(
      validateRequestBody('POST', '/api/v10/interactions/1/t/callback', { type: 4, data: payload }).errors,
    ).toEqual([]);
  });
});

describe('/contacts answered from a document that is no contact page', () => {
  const mail = parseDocument(
    'pkz-mail.txt',
    `From: Andrea Pichler <andrea.pichler@polizei.example.at>
To: Spolecne pracoviste <mikulov@pcr.example.cz>
Subject: PKZ Drasenhofen - new contact details
Date: Tue, 3 Feb 2026 09:14:27 +0100

Dear colleagues,

please note the changes at the Police Cooperation Centre (PKZ) Drasenhofen. The old fax number +43 59133 3082-209 is no longer in use. Our new fax number is +43 59133 3082-250.`,
  );
  const table = parseDocument(
    'rmps.md',
    `# Ředitelství pro mezinárodní policejní spolupráci

| Útvar | Telefon | Fax |
| --- | --- | --- |
| Odbor styčných důstojníků | 974 836 710 | — |
| Národní centrála SIRENE | 974 836 310 | 974 836 319 |`,
  );
  const kb = new KnowledgeBase([mail, table]);

  it('gives the new number an e-mail announces, not the one it says is out of use', async () => {
    const reply = await runQuery(contacts, 'nové faxové číslo PKZ Drasenhofen', kb);
    expect(reply.unanswered).toBeFalsy();
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*\+43 59133 3082-250\*\*/);
    expect(JSON.stringify(reply)).not.toContain('3082-209');
  });

  it('gives the value a sentence states, quoting it, when no card lists the unit', async () => {
    const note = parseDocument(
      'minutes.txt',
      'Minutes of the meeting\n\nColonel Markus Lindner will take over as head of the Police Cooperation Centre Drasenhofen on 1 March 2026.',
    );
    const reply = await runQuery(
      contacts,
      'Who will head the Police Cooperation Centre Drasenhofen?',
      new KnowledgeBase([note]),
    );
    expect(reply.unanswered).toBeFalsy();
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*Markus Lindner\*\* · “Colonel Markus Lindner will take over/);
  });

  it('gives no phone as the fax of a unit whose fax column is empty', async () => {
    const reply = await runQuery(contacts, 'fax Odboru styčných důstojníků', kb);
    expect(reply.content ?? '').not.toContain('974 836 710**');
    expect(reply.content ?? '').not.toContain('974 836 319');
  });
});

describe('/contacts asked for a field the unit named does not list', () => {
  // A regional page's table of contact points (one with no fax column), and another country's page
  // of a joint contact point that lists a fax. Pages written for this test; facts invented.
  const regional = buildDocument(
    'krp-kontakty.md',
    readMarkdown(
      `# Oddělení mezinárodní policejní spolupráce

## Kontaktní místa a skupiny

| Útvar | Telefon | E-mail | Provoz |
| --- | --- | --- | --- |
| Kontaktní místo Dolní Dvořiště (CZ–AT) | 974 237 250 | km.dvoriste@pcr.example.cz | nepřetržitě |
| Kontaktní místo Strážný (CZ–DE) | 974 237 660 | km.strazny@pcr.example.cz | po–ne 6:00–22:00 |`,
    ),
  );
  const slovak = buildDocument(
    'skp-jarovce.md',
    readMarkdown(
      `# Spoločné kontaktné pracovisko Jarovce – Kittsee

## Kontakt

Nepretržitá služba (24/7): +421 961 057 330
Fax: +421 961 057 339
E-mail: skp.jarovce@minv.example.sk`,
    ),
  );
  const kb = new KnowledgeBase([regional, slovak]);

  it('names a table row by its unit column, not by a column of opening hours', async () => {
    const reply = await runQuery(contacts, 'Strážný', kb);
    expect(reply.cards[0]?.title).toBe('Kontaktní místo Strážný (CZ–DE)');
  });

  it('says the unit lists no fax rather than giving another unit’s, in /contacts and in /search', async () => {
    const reply = await runQuery(contacts, 'fax kontaktního místa Strážný', kb);
    expect(reply.content?.split('\n')[0]).toContain('Kontaktní místo Strážný (CZ–DE) lists no fax in the documents');
    expect(JSON.stringify(reply)).not.toContain('057 339**');
    const searched = await runQuery(search, 'fax kontaktního místa Strážný', kb);
    expect(searched.unanswered).toBe(true);
  });
});

describe('/contacts asked in another language than the page', () => {
  // A Czech directorate's table of sections, and an English page of another directorate whose
  // words ("international police cooperation") the question shares. Written for this test.
  const czech = buildDocument(
    'oms-kontakty.md',
    readMarkdown(
      `# Odbor mezinárodní spolupráce – cizinecká policie

| Oddělení | Vedoucí | Telefon | E-mail |
| --- | --- | --- | --- |
| Oddělení readmisí | mjr. Ing. Eva Malá | 974 841 640 | oms.readmise@pcr.example.cz |
| Oddělení styčných důstojníků | kpt. Bc. Tomáš Král | 974 841 655 | oms.styk@pcr.example.cz |`,
    ),
  );
  const english = buildDocument(
    'ipcd.md',
    readMarkdown(
      `# International Police Cooperation Directorate

Police Presidium of the Czech Republic, international police cooperation.

Secretariat: 974 804 400
Head of the Directorate: Col. Jana Nová`,
    ),
  );
  const kb = new KnowledgeBase([czech, english]);

  it('finds the section by what its words mean, though another page holds the English words', async () => {
    const reply = await runQuery(contacts, 'Who heads the liaison officers section of the Czech police?', kb);
    expect(reply.content?.split('\n')[0]).toContain('Tomáš Král');
  });
});

describe('/contacts asked for a unit of one country', () => {
  // A Slovak office's page whose text speaks of its Czech and Austrian partners (its country named
  // only in the site's menu), and a Czech SIRENE page. Written for this test; facts invented.
  const slovak = buildDocument(
    'umps-kontakty.md',
    readMarkdown(
      `# Úrad medzinárodnej policajnej spolupráce

Úrad spolupracuje s Českou republikou a s Rakúskom na spoločných pracoviskách.

Riaditeľ úradu: plk. JUDr. Peter Malý
Sídlo: Račianska 45, 812 72 Bratislava

| Odbor | Telefón | E-mail |
| --- | --- | --- |
| Odbor SIRENE | 09610 56 420 | sirene@minv.example.sk |
| Národná ústredňa Interpolu | 09610 56 430 | interpol@minv.example.sk |
| Spoločné pracovisko Petržalka – Kittsee | 09610 57 300 | skp.petrzalka@minv.example.sk |`,
    ),
  );
  const czech = buildDocument(
    'sirene-cz.md',
    readMarkdown(
      `# SIRENE Bureau, Police Presidium of the Czech Republic

Operations room (24/7): +420 974 834 650
SIRENE fax: +420 974 834 718
E-mail: sirene@pcr.example.cz`,
    ),
  );
  const kb = new KnowledgeBase([slovak, czech]);

  it('places a unit where its numbers and e-mail are, and a card without them where its page’s units are', async () => {
    expect(fieldOf((await runQuery(contacts, 'Odbor SIRENE', kb)).cards[0], 'Country')).toBe('Slovakia');
    expect(fieldOf((await runQuery(contacts, 'riaditeľ úradu', kb)).cards[0], 'Country')).toBe('Slovakia');
  });

  it('gives the unit in the country asked before a closer match of words elsewhere', async () => {
    const reply = await runQuery(contacts, 'slovenský SIRENE telefon', kb);
    expect(reply.content?.split('\n')[0]).toContain('09610 56 420');
  });

  it('says the documents list no such unit in the country asked, rather than giving another country’s', async () => {
    const reply = await runQuery(contacts, 'telefon na SIRENE v Lotyšsku', kb, 'cs');
    expect(reply.unanswered).toBe(true);
    expect(reply.content?.split('\n')[0]).toBe(
      'Dokumenty takové kontaktní místo pro zemi Lotyšsko neuvádějí; nejbližší jsou níže.',
    );
    // A unit the question names by a name of its own is that unit, asked for one side of.
    const side = await runQuery(contacts, 'telefon na rakouskou stranu pracoviště Petržalka', kb);
    expect(side.unanswered).toBeUndefined();
    expect(side.content?.split('\n')[0]).toContain('09610 57 300');
  });
});

describe('/contacts asked for a unit by its place', () => {
  // Two liaison sections with the same words, one seated in Bratislava, one in Prague, and a
  // section of liaison officers whose page names a post in Budapest. Written for this test; facts invented.
  const page = (file: string, text: string) => buildDocument(file, readMarkdown(text));
  const kb = new KnowledgeBase([
    page(
      'styk-sk.md',
      `# Oddelenie policajných styčných dôstojníkov

Adresa: Pribinova 2, 812 72 Bratislava
Telefón: 09610 59 040
Fax: 09610 59 047
E-mail: styk@minv.example.sk`,
    ),
    page(
      'styk-cz.md',
      `# Oddělení styčných důstojníků

Adresa: Strojnická 27, 170 89 Praha 7
Telefon: 974 841 350
Fax: 974 841 359
E-mail: styk@pcr.example.cz`,
    ),
    page(
      'budapest.md',
      `# Styčný dôstojník na veľvyslanectve

Adresa: Stefánia út 22, 1143 Budapest
Telefón: +36 1 460 9010`,
    ),
  ]);

  it('gives the unit placed where the question says before one with closer words elsewhere', async () => {
    const reply = await runQuery(contacts, 'fax oddelenia styčných dôstojníkov v Prahe', kb);
    expect(reply.content?.split('\n')[0]).toContain('974 841 359');
  });

  it('says the documents list no such unit when the place asked is another unit’s', async () => {
    const reply = await runQuery(contacts, 'Jaké je faxové číslo oddělení styčných důstojníků v Budapešti?', kb, 'cs');
    expect(reply.unanswered).toBe(true);
    expect(reply.content?.split('\n')[0]).toBe('Dokumenty neuvádějí žádný kontakt pro „Budapešti“.');
  });
});

describe('/contacts over the documents of trials written without reading the code', () => {
  it('says no joint contact point of Slovakia and Poland is listed, rather than giving the Slovak-Hungarian one', async () => {
    const reply = await runQuery(
      contacts,
      'telefon na slovensko-polské společné kontaktní pracoviště',
      await trialKnowledge(33),
    );
    expect(reply.unanswered).toBe(true);
    expect(reply.content?.split('\n')[0]).toBe(
      'The documents list no such contact point in Slovakia, Poland; the closest are below.',
    );
  });

  it('answers a phone asked of a unit by its place from the page naming it, not from a card whose page never does', async () => {
    const reply = await runQuery(
      search,
      'Welche Telefonnummer hat die Pressestelle der Bundespolizeiinspektion Berggießhübel?',
      await trialKnowledge(33),
    );
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*035023 678-1010\*\*/);
  });
});

describe('a liaison officer or an attaché, as a page names them', () => {
  it('answers who the liaison officer is with the name the page gives beside "Liaison officer:"', async () => {
    const reply = await runQuery(
      contacts,
      'Wer ist der tschechische Verbindungsbeamte beim Bayerischen Landeskriminalamt in München?',
      await trialKnowledge(42),
    );
    expect(reply.content?.split('\n')[0]).toContain('Filip Hořejší');
  });
});

describe('the deputy asked for', () => {
  it('answers who the deputy head is with the deputy the card names, not the head', async () => {
    const reply = await runQuery(
      contacts,
      'Kdo je zástupcem vedoucího PKZ Nickelsdorf na hranici s Maďarskem?',
      await trialKnowledge(41),
    );
    const first = reply.content?.split('\n')[0] ?? '';
    expect(first).toContain('Zoltán Farkas');
    expect(first).not.toContain('Christian Pinter');
  });
});

describe('words of a contact question that name no unit', () => {
  it('answers "kontakt na našeho policejního atašé ve Varšavě – jméno a telefon" with the attaché in Warsaw', async () => {
    const reply = await runQuery(
      contacts,
      'Kontakt na našeho policejního atašé ve Varšavě – jméno a telefon?',
      await trialKnowledge(42),
    );
    const first = reply.content?.split('\n')[0] ?? '';
    expect(first).toContain('Petr Sýkora');
    expect(first).toContain('+48 22 525 18 60');
  });
});
