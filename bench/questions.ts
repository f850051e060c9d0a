/**
 * The answer-quality question set over the seed documents: what a team member asks, through
 * which command, and what a right answer must contain: the document (by file) and, for the
 * structured commands, a fact that must appear in the answer.
 */

export interface Question {
  command: string;
  subcommand?: string;
  options: Record<string, string>;
  /** File name prefix of the document that answers it. */
  expect: string;
  /** Text the answer must contain (checked in the first result for our side, the top passage for raw MiniSearch). */
  fact?: string;
}

const search = (query: string, expect: string): Question => ({ command: 'search', options: { query }, expect });
const ask = (command: string, options: Record<string, string>, expect: string, fact?: string, subcommand?: string): Question => ({
  command,
  subcommand,
  options,
  expect,
  fact,
});

export const QUESTIONS: Question[] = [
  search('havrankova', '001'),
  search('policejni spoluprace', '000'),
  search('joint contact centre crisis management', '002'),
  search('Prague Process', '004'),
  search('Czech liaison officer in Albania', '003'),
  search('cross-border pursuit', '000'),
  search('SIRENE national bureau', '001'),
  search('Schengen Information System', '001'),
  search('Western Balkans migration pressure', '003'),
  search('European Regional Development Fund', '002'),
  search('Partnership for Mobility Georgia', '004'),
  search('identifying victims of mass disasters', '000'),
  search('readmision agreemnt Georgia', '004'),
  search('police officers Slovak-Ukrainian border rotations', '000'),
  search('Interpol vice president for Europe', '001'),
  search('rescue boats decontamination tent', '002'),
  search('integration of labour immigrants Russian Federation', '004'),
  search('Brussels Declaration', '003'),
  search('Trnava South Moravia', '002'),
  search('arms and drug trafficking', '003'),
  search('imminent danger 10 kilometers', '000'),
  search('Eastern Partnership panel', '004'),
  search('"illegal migration on Europe\'s doorstep"', '003'),
  search('Visegrad Salzburg Forum', '001'),
  ask('contacts', { query: 'who do I call at night' }, '001', '+420 974 834 210'),
  ask('contacts', { query: 'fax' }, '001', '974 834 723'),
  ask('contacts', { query: '974834210' }, '001', 'Permanent service'),
  ask('contacts', { query: 'asylum agency' }, '000', 'ids@euaa.europa.eu'),
  ask('contacts', { query: 'e-mail for the public' }, '001', 'pp.sekretpp@pcr.cz'),
  ask('contacts', { query: 'head of the directorate' }, '001', 'Col.'),
  ask('contacts', { query: 'Praha' }, '001', 'Münzbergerových'),
  ask('treaty', { query: 'Slovakia' }, '000', '2026-02-06'),
  ask('treaty', { query: 'police cooperation treaty' }, '000', 'cross-border pursuit'),
  ask('treaty', { query: 'ratification' }, '000', 'ratified by the presidents'),
  ask('treaty', { query: 'Czech Slovak agreement' }, '000', 'joint patrols'),
  ask('developments', { country: 'Czechia' }, '000', '2026-02-06'),
  ask('developments', { country: 'Albania' }, '003', '2025-01-16'),
  ask('developments', { since: '2026' }, '000', 'Policy'),
  ask('developments', { topic: 'Access to procedures' }, '000'),
  ask('developments', { query: 'Albania' }, '003'),
  ask('developments', { until: '2025-12-31' }, '003'),
  ask('digest', { since: '2025-01-01' }, '000', '2026-02-06', 'preview'),
  ask('digest', { since: '2026-01-01', country: 'Czechia' }, '000', undefined, 'preview'),
  ask('digest', { since: '2025-01-01', topic: 'General asylum' }, '000', undefined, 'preview'),
];
