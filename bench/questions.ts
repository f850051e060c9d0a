/**
 * The answer-quality question set: what a team member asks, through which command, and what a
 * right answer shows. Asked of the seed documents plus the evaluation documents in
 * bench/eval-docs/ (small, invented, English and Czech, in the shapes the bot reads).
 * Written before any tuning; a question is never changed to suit the ranking.
 */

export interface Question {
  command: string;
  subcommand?: string;
  options: Record<string, string>;
  /** File name prefix of the document that answers it; undefined when no document does. */
  expect?: string;
  /** Text the first result must show (any one of them): the answer itself. */
  fact?: string | string[];
  /** Asked the way people type: a sentence, inflected Czech, typos, no diacritics. */
  plain?: boolean;
}

const search = (query: string, expect: string, fact?: string | string[]): Question => ({
  command: 'search',
  options: { query },
  expect,
  fact,
});
const plain = (query: string, expect: string, fact: string | string[]): Question => ({
  ...search(query, expect, fact),
  plain: true,
});
const contacts = (query: string, expect: string, fact: string | string[], isPlain = false): Question => ({
  command: 'contacts',
  options: { query },
  expect,
  fact,
  plain: isPlain,
});
const treaty = (query: string, expect: string, fact: string | string[], isPlain = false): Question => ({
  command: 'treaty',
  options: { query },
  expect,
  fact,
  plain: isPlain,
});
const developments = (options: Record<string, string>, expect: string, fact?: string | string[]): Question => ({
  command: 'developments',
  options,
  expect,
  fact,
});
const digest = (options: Record<string, string>, expect: string, fact?: string | string[]): Question => ({
  command: 'digest',
  subcommand: 'preview',
  options,
  expect,
  fact,
});
/** A question no document answers: the right reply says so. */
const unanswerable = (command: string, query: string): Question => ({ command, options: { query }, plain: true });

/** A date as the bot may write it: ISO, or for people in either language. */
const date = (iso: string, en: string, cs: string): string[] => [iso, en, cs];

const SEARCH: Question[] = [
  // Keywords, over the seeds
  search('havrankova', '001', 'Havránková'),
  search('policejni spoluprace', '000'),
  search('joint contact centre crisis management', '002'),
  search('Prague Process', '004', 'Prague Process'),
  search('Czech liaison officer in Albania', '003', 'liaison officer also operates in Albania'),
  search('cross-border pursuit', '000', 'cross-border pursuit'),
  search('SIRENE national bureau', '001', 'SIRENE National Bureau'),
  search('Schengen Information System', '001', 'Schengen Information System'),
  search('Western Balkans migration pressure', '003'),
  search('European Regional Development Fund', '002', 'EUR 335 570'),
  search('Partnership for Mobility Georgia', '004', 'Georgia'),
  search('identifying victims of mass disasters', '000', 'victims of mass disasters'),
  search('readmision agreemnt Georgia', '004', 'readmission agreement between the EU and Georgia'),
  search('police officers Slovak-Ukrainian border rotations', '000', '16 Czech police officers'),
  search('Interpol vice president for Europe', '001', 'Vice President of Interpol for Europe'),
  search('rescue boats decontamination tent', '002', 'decontamination tent'),
  search('integration of labour immigrants Russian Federation', '004'),
  search('Brussels Declaration', '003', 'Brussels Declaration'),
  search('Trnava South Moravia', '002', 'Trnava'),
  search('arms and drug trafficking', '003'),
  search('imminent danger 10 kilometers', '000', '10 kilometers'),
  search('Eastern Partnership panel', '004', 'November 2013'),
  search('"illegal migration on Europe\'s doorstep"', '003', 'doorstep'),
  search('Visegrad Salzburg Forum', '001', 'Salzburg Forum'),
  // Keywords, over the evaluation documents
  search('mixed patrols trains motorways', 'e01', 'trains and motorways'),
  search('joint investigation teams car theft', 'e05', 'car theft'),
  search('Shengjin Gjader', 'e09', 'Gjadër'),
  search('standing corps Lesbos', 'e07', 'Lesbos'),
  search('swiecko joint centre', 'e05', 'Świecko'),
  search('ratification Bundestag Sejm', 'e05', 'Bundestag'),
  search('stycni dustojnici brno', 'e12', 'Brně'),
  search('spolecne hlidky', 'e02'),
  search('recepton centre kos capacty', 'e13', '2,000 places'),
  search('novela zakona o pobitu cizincu', 'e08', 'pobytu cizinců'),
  search('převaděčství polská hranice', 'e02', 'převaděčství'),
  search('termovize pro hlidky', 'e02', 'termovize'),
  // Plain English, over the seeds
  plain('How much did the EU pay towards the joint contact centre?', '002', 'EUR 335 570'),
  plain('What was the total investment in the joint contact centre project?', '002', 'EUR 394 789'),
  plain('Who heads the International Police Cooperation Directorate?', '001', 'Havránková'),
  plain('When did Czechia and Slovakia sign the police cooperation treaty?', '000', '6 February 2026'),
  plain(
    'How many Czech police officers will be sent to the Slovak-Ukrainian border?',
    '000',
    '16 Czech police officers',
  ),
  plain('Where did the Czech and Albanian ministers meet?', '003', 'Prague'),
  plain('when was havrankova elected vice president of interpol', '001', '2019'),
  plain('How many new jobs did the joint centre project create?', '002', '18 new jobs'),
  plain('What equipment did the joint centre get?', '002', 'surveillance cars'),
  plain('What ratification does the Czech-Slovak treaty still need?', '000', 'ratified by the presidents'),
  plain('how much extra money did the European Commission give for the Prague Process', '004', 'EUR 600 000'),
  plain('Who is Vladimir Vedra?', '002', 'Head of Department'),
  plain('How much did information exchange increase after the centre opened?', '002', '20 %'),
  plain('Which project did the Czech Republic lead with Georgia?', '004', 'flagship project'),
  plain('when is the Czech Slovak agreement expected to enter into force', '000', 'enter into force in 2026'),
  plain('eu funding for the joint contact center', '002', 'EUR 335 570'),
  plain('who is the head of the directorat', '001', 'Havránková'),
  plain('where does the Czech police liaison officer in the Western Balkans work', '003', 'Albania'),
  plain('When was the Eastern Partnership panel on integration hosted in Czechia?', '004', 'November 2013'),
  // Plain English, over the evaluation documents
  plain('How much did the EU contribute to the Austrian-Hungarian patrols?', 'e01', 'EUR 2.4 million'),
  plain('How many officers serve in the Austria Hungary mixed patrols?', 'e01', '40 officers'),
  plain('When did Austria and Hungary sign the agreement on joint patrols?', 'e01', '12 March 2025'),
  plain('Can officers carry weapons on the other side of the border?', 'e01', 'service weapons'),
  plain('How far can German police pursue into Poland?', 'e05', '30 kilometres'),
  plain('Where was the German Polish agreement signed?', 'e05', 'Görlitz'),
  plain('How quickly must a readmission request be answered?', 'e06', '10 days'),
  plain('Who pays transport costs under the Austria Slovenia readmission agreement?', 'e06', 'requesting Party'),
  plain('When did the readmission agreement between Austria and Slovenia enter into force?', 'e06', '1 January 2024'),
  plain('How many Frontex officers went to Greece in November?', 'e07', '45 standing corps officers'),
  plain('Where did the EUAA open a liaison office?', 'e07', 'Tirana'),
  plain('How many smugglers were arrested in the Europol operation?', 'e07', '18 suspected smugglers'),
  plain('How many people can the Italian centres in Albania hold?', 'e09', '3,000 people a month'),
  plain('How much do the Albania centres cost Italy?', 'e09', 'EUR 670 million'),
  plain('When did Italy open the centres in Albania?', 'e09', '11 October 2024'),
  plain('For how long can Poland suspend asylum applications at the Belarus border?', 'e10', '60 days'),
  plain('Who is exempt from the Polish asylum suspension?', 'e10', 'unaccompanied minors'),
  plain('What is the capacity of the new centre on Kos?', 'e13', '2,000 places'),
  plain('How much did the Kos reception centre cost?', 'e13', 'EUR 43 million'),
  plain('how many liaison officers took the Salzburg Forum course', 'e07', '25 liaison officers'),
  plain('which court questioned the detention of migrants in Albania', 'e09', 'Italian court'),
  plain('Who criticised the Polish asylum law?', 'e10', 'Commissioner for Human Rights'),
  plain('when will the Austria Hungary agreement enter into force', 'e01', 'three months after ratification'),
  plain('what did the EU pay for in the Austrian Hungarian patrols', 'e01', 'radio equipment'),
  // Plain Czech: inflected forms, no diacritics, typos
  plain('Kolik policistů bude sloužit ve společných hlídkách s Polskem?', 'e02', '120 policistů'),
  plain('kolik penez dalo ministerstvo na vybaveni hlidek', 'e02', '3,5 milionu korun'),
  plain('Kdy se ministři dohodli na společných hlídkách s Polskem?', 'e02', '14. května 2025'),
  plain('kde bude nepretrzite kontaktni pracoviste', 'e02', 'Chotěbuzi'),
  plain('Na co se zaměří společné hlídky?', 'e02', 'převaděčství'),
  plain('Kolik bude stát elektronická žádost o pobyt?', 'e08', '2 500 Kč'),
  plain('Od kdy půjde podat žádost o pobyt elektronicky?', 'e08', '1. ledna 2026'),
  plain('kdy vlada schvalila novelu zakona o pobytu cizincu', 'e08', '2. září 2025'),
  plain('Kdo musí ještě schválit novelu zákona?', 'e08', 'Poslanecká sněmovna'),
  plain('Kolik důstojníků se zúčastnilo kurzu v Brně?', 'e12', '25 důstojníků'),
  plain('kdo vedl kurz pro stycne dustojniky', 'e12', 'Tomáš Dvořák'),
  plain('Kdy byl kurz pro styčné důstojníky?', 'e12', '20. října 2025'),
  plain('Kdo vede odbor azylové a migrační politiky?', 'e04', 'Pavla Novotná'),
  plain('Jakou adresu má odbor azylové politiky?', 'e04', 'Nad Štolou'),
  plain('kolik stoji elektronicka zadost', 'e08', '2 500 Kč'),
  plain('Kdo řekl, že spolupráce s polskými kolegy je výborná?', 'e02', 'Vít Rakušan'),
  plain('o cem rozhoduje odbor azylove politiky', 'e04', 'mezinárodní ochranu'),
  plain('čemu se věnovali účastníci kurzu', 'e12', 'výměně informací'),
  // Unanswerable
  unanswerable('search', 'What was the score of the Sparta Prague football match?'),
  unanswerable('search', 'What is the phone number of the Hungarian police hotline?'),
  unanswerable('search', 'Kolik stál nový stadion v Ostravě?'),
  unanswerable('search', 'When did Spain sign a readmission agreement with Morocco?'),
  unanswerable('search', 'weather forecast for Brno tomorrow'),
  unanswerable('search', 'Jaká je cena jízdenky na vlak do Vídně?'),
  unanswerable('search', 'How many asylum applications did Sweden receive in 2024?'),
  unanswerable('search', 'covid vaccination certificate'),
];

const CONTACTS: Question[] = [
  contacts('who do I call at night at the Czech police', '001', '974 834 210', true),
  contacts('Czech police fax', '001', '974 834 723'),
  contacts('974834210', '001', 'Permanent service'),
  contacts('European Union Agency for Asylum e-mail', 'e11', 'info@euaa.europa.eu'),
  contacts('e-mail for the public', '001', 'pp.sekretpp@pcr.cz'),
  contacts('head of the directorate', '001', 'Havránková'),
  contacts('Praha Stodůlky', '001', 'Münzbergerových'),
  contacts('What is the address of the International Police Cooperation Directorate?', '001', 'Münzbergerových', true),
  contacts('adresa policie v Praze', '001', 'Münzbergerových', true),
  contacts('SIRENE', 'e03', 'sirene@minv.sk'),
  contacts('Interpol Bratislava', 'e03', 'interpol@minv.sk'),
  contacts('Europol national unit Slovakia', 'e03', 'enu@minv.sk'),
  contacts('Slovak police emergancy number', 'e03', '059 000', true),
  contacts('who heads the Slovak bureau of international police cooperation', 'e03', 'Peter Kováč', true),
  contacts('adresa odboru azylové politiky', 'e04', 'Nad Štolou', true),
  contacts('Kdo je vedoucí odboru azylové a migrační politiky?', 'e04', 'Pavla Novotná', true),
  contacts('fax ministerstvo vnitra azyl', 'e04', '974 833 502'),
  contacts('opu@mvcr.cz', 'e04', 'Odbor azylové'),
  contacts('EUAA press office', 'e11', 'press@euaa.europa.eu'),
  contacts('e-mail for journalists', 'e11', 'press@euaa.europa.eu', true),
  contacts('EUAA headquarters address Malta', 'e11', 'Winemakers Wharf'),
  contacts('+356 2248 7500', 'e11', 'info@euaa.europa.eu'),
  contacts('Bratislava fax', 'e03', '059 009'),
  contacts('nonstop linka slovenske policie', 'e03', '059 000', true),
  contacts('SIRENE duty officer 24/7', 'e03', '059 100'),
  contacts('rmps@pcr.cz', '001', 'rmps'),
  contacts('interpol e-mail', 'e03', 'interpol@minv.sk'),
  contacts('vedouci reditelstvi policie', '001', 'Havránková', true),
  unanswerable('contacts', 'Hungarian police hotline'),
  unanswerable('contacts', 'Frontex press office'),
  unanswerable('contacts', 'kontakt na německou policii'),
  unanswerable('contacts', 'UNHCR e-mail'),
];

const TREATY: Question[] = [
  treaty('Slovakia', '000', date('2026-02-06', '6 February 2026', '6. února 2026')),
  treaty('police cooperation treaty Czech', '000', 'cross-border pursuit'),
  treaty('ratification Czech Slovak treaty', '000', 'ratified by the presidents'),
  treaty('Czech Slovak agreement joint patrols', '000', 'joint patrols'),
  treaty('agreement with Germany', 'e05', 'Poland', true),
  treaty('Austria Hungary', 'e01', date('2025-03-12', '12 March 2025', '12. března 2025')),
  treaty('what does the agreement with Hungary say about patrols', 'e01', 'mixed patrols', true),
  treaty('Germany Poland cross-border pursuit', 'e05', '30 kilometres'),
  treaty('is the German Polish agreement in force', 'e05', 'must be ratified by the Bundestag', true),
  treaty('Austria Slovenia readmission', 'e06', 'entered into force on 1 January 2024'),
  treaty('Slovenia', 'e06', 'Austria'),
  treaty('Italy Albania protocol', 'e09', 'Italy'),
  treaty('smlouva se Slovenskem', '000', 'Slovakia', true),
  treaty('dohoda s Německem', 'e05', 'Poland', true),
  treaty('treaty between Czechia and Slovakia on asylum', '000', 'asylum procedures', true),
  treaty('joint investigation teams', 'e05', 'joint investigation teams'),
  treaty('patrols Austria', 'e01', 'mixed patrols'),
  treaty('Hungarian officers', 'e01', 'Hungary'),
  unanswerable('treaty', 'agreement with France'),
  unanswerable('treaty', 'treaty with Ukraine'),
  unanswerable('treaty', 'dohoda se Španělskem'),
];

const DEVELOPMENTS: Question[] = [
  developments({ country: 'Czechia' }, '000', date('2026-02-06', '6 February 2026', '6. února 2026')),
  developments({ country: 'Albania' }, 'e07'),
  developments({ since: '2026' }, '000'),
  developments({ topic: 'Access to procedures' }, '000'),
  developments({ query: 'Albania' }, 'e07', 'Albania'),
  developments({ until: '2025-12-31' }, 'e07'),
  developments({ query: 'smuggling' }, 'e07', '18 suspected smugglers'),
  developments({ query: 'asylum Belarus' }, 'e10', 'Belarus'),
  developments({ query: 'reception centre capacity' }, 'e13', '2,000 places'),
  developments({ country: 'Poland' }, 'e10', '60 days'),
  developments({ country: 'Greece' }, 'e07'),
  developments({ query: 'patrols' }, '000', 'joint patrols'),
  developments({ query: 'weapons' }, 'e01', 'service weapons'),
  developments({ query: 'Frontex' }, '000', 'Frontex'),
  developments({ query: 'interpol' }, '003', 'Interpol'),
  developments({ country: 'Italy' }, 'e09', 'Shëngjin'),
  developments({ type: 'Legislation' }, 'e10'),
  developments({ query: 'ratification' }, '000', 'ratified by the presidents'),
  developments({ query: 'Kos' }, 'e13', 'Kos'),
  developments({ query: 'liaison office Tirana' }, 'e07', 'Tirana'),
  developments({ query: 'unaccompanied minors' }, 'e10', 'unaccompanied minors'),
  developments({ query: 'equipment' }, '000', 'equipment'),
  digest({ since: '2025-01-01' }, '000', 'Czechia and Slovakia sign new agreement on police cooperation'),
  digest({ since: '2026-01-01', country: 'Czechia' }, '000'),
  digest({ since: '2025-01-01', topic: 'General asylum' }, '000'),
  digest({ since: '2025-06-01', country: 'Greece' }, 'e07', 'Migration and police cooperation bulletin'),
];

export const QUESTIONS: Question[] = [...SEARCH, ...CONTACTS, ...TREATY, ...DEVELOPMENTS];
