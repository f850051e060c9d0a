/**
 * /contacts on contact pages modelled on real ones (a Slovak ministry page with a header clock, a
 * web shop and a webmaster; a Bundespolizei press release; a Czech page in windows-1250): what a
 * reader sees. Facts are invented.
 */
import { describe, expect, it } from 'vitest';
import contacts from '../commands/contacts.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../src/corpus/parse.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { fieldOf, runQuery } from './support/structured.ts';

const { documents, warnings } = await loadCorpus(new URL('./fixtures/contact-pages/', import.meta.url).pathname);
const kb = new KnowledgeBase(documents);
const ask = (query: string) => runQuery(contacts, query, kb);
const seen = (reply: Awaited<ReturnType<typeof ask>>) => JSON.stringify(reply);

describe('contact pages as they are written', () => {
  it('reads the page declared windows-1250, and dates pages by their own date, not a header clock', () => {
    expect(warnings).toEqual([]);
    const slovak = documents.find((d) => d.file === 'uhcp-kontakty.html');
    expect(slovak?.date).toBe('2024-04-03');
    expect(slovak?.dates).not.toContain('2024-06-15');
  });

  it('finds a unit by what it is, in another language: the Europol national unit, SIRENE, the 24/7 service', async () => {
    const europol = (await ask('Europol national unit')).cards[0];
    expect(europol?.title).toBe('Národná jednotka Europolu');
    expect(fieldOf(europol, 'Phones')).toContain('+421 2 4859 1180');
    const sirene = (await ask('SIRENE Pressburg')).cards[0];
    expect(sirene?.title).toBe('Národná centrála SIRENE');
    expect(fieldOf(sirene, 'E-mails')).toBe('sirene@minv.example');
  });

  it('gives a unit every address of its office, the postal box included, as written', async () => {
    const sirene = (await ask('SIRENE')).cards[0];
    expect(fieldOf(sirene, 'Address')).toBe(
      'Pražská 9, 812 72 Bratislava; Adresa pre doručovanie: P. O. BOX 21, 810 05 Bratislava 15',
    );
    const praha = (await ask('stálá služba cizinecké policie Prague')).cards[0];
    expect(fieldOf(praha, 'Address')).toContain('Korespondenční adresa: P. O. BOX 78, 130 51 Praha 3');
    expect(fieldOf(praha, 'Phones')).toContain('974 820 310');
  });

  it('keeps German numbers whole with their area code, and names the unit by the card, not the headline', async () => {
    const reply = await ask('Pressestelle Bundespolizei Ludwigsdorf');
    const card = reply.cards[0];
    expect(card?.title).toBe('Bundespolizeiinspektion Ludwigsdorf');
    expect(fieldOf(card, 'Phones')).toContain('0 35 81 - 36 26 - 10 10');
    expect(fieldOf(card, 'Address')).toBe('Görlitzer Straße 11, 02828 Görlitz');
    expect(fieldOf(card, 'Head')).toContain('Jana Weller');
  });

  it('never offers the shop, the newsletter or the webmaster of a site as a contact', async () => {
    for (const query of ['e-mail', 'shop', 'webmaster', 'Warenkorb'])
      expect(seen(await ask(query)), query).not.toMatch(/predaj@|bestellung@|web@minv/);
  });

  it('answers from the words it knows and names the one it does not', async () => {
    const reply = await ask('cizinecké policie Prague xylofon');
    expect(reply.content).toContain('No contact mentions “xylofon”');
    expect(reply.cards[0]?.description ?? reply.cards[0]?.title).toContain('Odbor cizinecké policie Praha');
  });

  it('reads a German definition list: labels without their colon, the area code the number was written with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-gz-'));
    writeFileSync(
      join(dir, 'gz.html'),
      `<!DOCTYPE html><html lang="de"><head><title>GZ Schwandorf</title></head><body><main><h1>Gemeinsames Zentrum Schwandorf</h1>
<p>Hier arbeiten die Bundespolizei und die Polizei der Tschechischen Republik zusammen.</p>
<dl><dt>Dienstsitz:</dt><dd>Wackersdorfer Straße 81, 92421 Schwandorf</dd>
<dt>Telefon (24/7):</dt><dd>09431 8896-0</dd><dt>Telefax:</dt><dd>09431 8896-199</dd><dt>Telefon Passau:</dt><dd>0851 95988-0</dd></dl></main></body></html>`,
    );
    const page = await loadCorpus(dir);
    const card = (await runQuery(contacts, 'Schwandorf', new KnowledgeBase(page.documents))).cards[0];
    expect(fieldOf(card, 'Address')).toBe('Wackersdorfer Straße 81, 92421 Schwandorf');
    // Schwandorf's area code is 09431: the number is German, not a Slovak 0943 number.
    expect(fieldOf(card, 'Phones')).toContain('09431 8896-0 · +49 9431 88960');
    // Valid in Slovakia too, but written with a desk's extension as German numbers are.
    expect(fieldOf(card, 'Phones')).toContain('0851 95988-0 · +49 851 959880');
    expect(fieldOf(card, 'Phones')).not.toContain('::');
  });

  it('dials the national numbers of a Czech page in Czechia, though it names Austria more often', async () => {
    const page = parseDocument(
      'krpb.txt',
      `Oddělení mezinárodní policejní spolupráce

Sídlo: Kounicova 687/24, 611 32 Brno
Telefon (sekretariát): 974 621 410
Stálá služba OMPS (nepřetržitě 24/7): 974 621 499
Fax: 974 621 409

Oddělení koordinuje společné hlídky s rakouskou policií, s Rakouskem sdílí pracoviště v Mikulově a rakouské straně předává žádosti o pátrání; Rakousko je jeho hlavní partner.`,
    );
    const card = (await runQuery(contacts, 'stálá služba OMPS', new KnowledgeBase([page]))).cards[0];
    expect(fieldOf(card, 'Phones')).toContain('974 621 499 · +420 974 621 499');
  });

  it('joins a unit’s address section and its contact section into one card, named by the unit, not "Adresse"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-passau-'));
    writeFileSync(
      join(dir, 'passau.html'),
      `<!DOCTYPE html><html lang="de"><head><title>GZ Passau</title></head><body><main>
<h1>Gemeinsames Zentrum der deutsch-österreichischen Polizeikooperation Passau</h1>
<p>Im Zentrum arbeiten die Bundespolizei und die österreichische Bundespolizei zusammen.</p>
<h2>Adresse</h2><p>Gemeinsames Zentrum Passau<br>Spitalhofstraße 91<br>94032 Passau</p>
<h2>Kontakt</h2><p>Telefon: 0851 95988-0<br>Telefax: 0851 95988-199<br>E-Mail: gz.passau@polizei.example.de</p>
</main></body></html>`,
    );
    const { documents: pages } = await loadCorpus(dir);
    const reply = await runQuery(contacts, 'GZ Passau', new KnowledgeBase(pages));
    expect(reply.cards.map((card) => card.title)).toEqual([
      'Gemeinsames Zentrum der deutsch-österreichischen Polizeikooperation Passau',
    ]);
    expect(fieldOf(reply.cards[0], 'Address')).toContain('Spitalhofstraße 91');
    expect(fieldOf(reply.cards[0], 'Phones')).toContain('+49 851 959880');
  });
  it('takes the people of a "Leitung" section over the address into the unit’s card, every one with their post', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-kehl-'));
    writeFileSync(
      join(dir, 'kehl.html'),
      `<!DOCTYPE html><html lang="de"><head><title>GZ Kehl</title></head><body><main>
<h1>Gemeinsames Zentrum der deutsch-französischen Polizei- und Zollzusammenarbeit Kehl</h1>
<p>Im Zentrum arbeiten deutsche und französische Beamte Tür an Tür.</p>
<h2>Leitung</h2><p>Leiterin (deutsche Seite): Polizeidirektorin Anna Vogt<br>Koordinator (französische Seite): Commandant Luc Girard</p>
<h2>Adresse</h2><p>Gemeinsames Zentrum Kehl<br>Rheinstraße 12<br>77694 Kehl</p>
<h2>Kontakt</h2><p>Telefon: 07851 9900-0<br>E-Mail: gz.kehl@polizei.example.de</p>
</main></body></html>`,
    );
    const { documents: pages } = await loadCorpus(dir);
    const reply = await runQuery(
      contacts,
      'Wer leitet das Gemeinsame Zentrum Kehl und wer ist der französische Koordinator?',
      new KnowledgeBase(pages),
    );
    expect(reply.cards).toHaveLength(1);
    expect(fieldOf(reply.cards[0], 'Head').split('\n')).toEqual([
      'Polizeidirektorin Anna Vogt (Leiterin (deutsche Seite))',
      'Commandant Luc Girard (Koordinator (französische Seite))',
    ]);
    expect(fieldOf(reply.cards[0], 'Address')).toContain('Rheinstraße 12');
    expect(reply.content).toMatch(/^\*\*Polizeidirektorin Anna Vogt\*\*/);
  });
  it('reads a table of posts as the people of the page’s unit: its head, the others, their own lines by post', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-zittau-'));
    writeFileSync(
      join(dir, 'zittau.html'),
      `<!DOCTYPE html><html lang="de"><head><title>Gemeinsames Zentrum Zittau</title></head><body><main>
<h1>Gemeinsames Zentrum Zittau</h1>
<dl><dt>Telefon:</dt><dd>03583 5110-0</dd><dt>Telefax:</dt><dd>03583 5110-199</dd><dt>E-Mail:</dt><dd>gz.zittau@polizei.example.de</dd></dl>
<h2>Leitung</h2>
<table><tr><th>Funktion</th><th>Name</th><th>Telefon</th></tr>
<tr><td>Stellvertreter</td><td>Polizeihauptkommissar Jan Richter</td><td>03583 5110-101</td></tr>
<tr><td>Leiterin des deutschen Teils</td><td>Polizeidirektorin Eva Lange</td><td>03583 5110-100</td></tr>
</table>
</main></body></html>`,
    );
    const { documents: pages } = await loadCorpus(dir);
    const reply = await runQuery(contacts, 'Wer leitet das Gemeinsame Zentrum Zittau?', new KnowledgeBase(pages));
    expect(reply.cards.map((card) => card.title)).toEqual(['Gemeinsames Zentrum Zittau']);
    expect(fieldOf(reply.cards[0], 'Head').split('\n')).toEqual([
      'Polizeidirektorin Eva Lange (Leiterin des deutschen Teils)',
      'Polizeihauptkommissar Jan Richter (Stellvertreter)',
    ]);
    expect(fieldOf(reply.cards[0], 'Phones')).toContain('Leiterin des deutschen Teils: 03583 5110-100');
    expect(fieldOf(reply.cards[0], 'Phones')).toContain('Telefax');
  });
  it('names the card by the page’s heading, not by the site’s name with its motto', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-motto-'));
    writeFileSync(
      join(dir, 'motto.html'),
      `<!DOCTYPE html><html lang="cs"><head><meta charset="utf-8"><title>Odbor cizinecké policie – kontakty | Policie</title></head><body>
<div id="top"><p class="motto">Policie Jihomoravského kraje – Pomáhat a chránit</p></div>
<nav><p>Úvod › Krajské ředitelství › Odbor cizinecké policie Brno</p></nav>
<h1>Odbor cizinecké policie Brno</h1>
<p>Odbor cizinecké policie Brno (OCP) je útvarem krajského ředitelství a plní roli kontaktního místa pro cizinecké věci. Žádosti útvarů Policie ČR o součinnost přijímá stálá služba nepřetržitě.</p>
<h2>Kontaktní údaje</h2>
<p>Sídlo: Kounicova 24, 611 32 Brno<br>Telefon: 974 621 100<br>E-mail: ocp.brno@pcr.example.cz</p>
</body></html>`,
    );
    const { documents: pages } = await loadCorpus(dir);
    const reply = await runQuery(contacts, 'odbor cizinecké policie Brno telefon', new KnowledgeBase(pages));
    expect(reply.cards.map((card) => card.title)).toEqual(['Odbor cizinecké policie Brno']);
  });
  it('asked who leads a unit whose card names nobody, answers from the page’s sentence naming them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-prose-head-'));
    writeFileSync(
      join(dir, 'skp.html'),
      `<!DOCTYPE html><html lang="sk"><head><meta charset="utf-8"><title>Spoločné kontaktné pracoviská</title></head><body><main>
<h1>Spoločné kontaktné pracoviská</h1>
<table><tr><th>Pracovisko</th><th>Partnerský štát</th><th>Telefón</th><th>E-mail</th></tr>
<tr><td>SKP Čunovo</td><td>Rakúsko</td><td>09610 52 100</td><td>skp.cunovo@minv.example.sk</td></tr>
<tr><td>SKP Komárno</td><td>Maďarsko</td><td>09610 52 200</td><td>skp.komarno@minv.example.sk</td></tr>
</table>
<p>Na SKP Komárno pôsobí slovenská časť spoločného pracoviska s Policajným prezídiom Maďarska; vedúcim slovenskej časti je mjr. Ing. Juraj Hudák.</p>
<p>Žiadosti, ktoré nesúvisia s prihraničným územím, zasielajte operačnému stredisku úradu, nie jednotlivým SKP.</p>
</main></body></html>`,
    );
    const { documents: pages } = await loadCorpus(dir);
    const reply = await runQuery(
      contacts,
      'Who heads the Slovak part of the joint contact centre in Komárno?',
      new KnowledgeBase(pages),
    );
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*Juraj Hudák\*\* · “Na SKP Komárno pôsobí/);
    expect(JSON.stringify(reply.cards)).toContain('09610 52 200');
  });
  it('gives a head named below a table of units, by a post naming the unit, to that unit’s card', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-heads-below-'));
    writeFileSync(
      join(dir, 'skp-list.html'),
      `<!DOCTYPE html><html lang="sk"><head><meta charset="utf-8"><title>Spoločné kontaktné pracoviská</title></head><body>
<h1>Spoločné kontaktné pracoviská</h1>
<table><tr><th>Pracovisko</th><th>Telefón</th><th>E-mail</th></tr>
<tr><td>SKP Čunovo – Rajka</td><td>09610 52 100</td><td>skp.cunovo@minv.example.sk</td></tr>
<tr><td>SKP Komárno – Komárom</td><td>09610 52 200</td><td>skp.komarno@minv.example.sk</td></tr>
</table>
<p>Vedúci SKP Čunovo – Rajka (slovenská časť): mjr. Ing. Pavol Horváth<br>
Vedúca SKP Komárno – Komárom (slovenská časť): pplk. Mgr. Eva Tóthová</p>
</body></html>`,
    );
    const { documents: pages } = await loadCorpus(dir);
    const reply = await runQuery(contacts, 'SKP Komárno – Komárom telefón a kto ho vedie', new KnowledgeBase(pages));
    expect(reply.cards).toHaveLength(1);
    expect(fieldOf(reply.cards[0], 'Head')).toBe(
      'pplk. Mgr. Eva Tóthová (Vedúca SKP Komárno – Komárom (slovenská časť))',
    );
  });
});
