/**
 * What kind of document this is, from its structure and facts: an e-mail, a treaty text, a
 * development entry, a bulletin, minutes, a contact page, a project page, a news item, or (with no
 * sign of any of these) a policy page. News needs evidence too: a date or an event verb in its lead.
 * Also the language, by function words and letters (language.ts).
 */
import { fold } from '../clean.ts';
import { findDates } from '../dates.ts';
import { detectLanguage } from '../language.ts';
import type { DocumentKind } from '../types.ts';
import { isTreatyText } from '../agreements/extractor.ts';
import type { Extractor, Facts } from './types.ts';

const BULLETIN =
  /\b(?:bulletin|newsletter|weekly|monthly|digest|update|round-?up|zpravodaj|vestnik|prehled|tydenik|mesicnik)\b/;
const MINUTES =
  /\b(?:minutes|meeting record|record of the meeting|zapis z|zapis ze|zaznam z jednani|agenda|attendees|participants|pritomni|ucastnici)\b/;
const NEWS_VERB =
  /\b(?:signed|met|announced|agreed|adopted|launched|opened|arrested|detained|caught|seized|stopped|dismantled|visited|podepsal\w*|jednal\w*|oznamil\w*|schvalil\w*|zahajil\w*|navstivil\w*|zadrzel\w*|zadrzal\w*|zatkl\w*|podpisal\w*|festgenommen|gestellt|gestoppt|aufgegriffen|unterzeichnet|vereinbart|kontrolliert|eroffnet|besucht|beschlossen)\b/;

function detectKind(facts: Facts, isEmail: boolean, isTreaty: boolean): DocumentKind {
  const text = facts.fullText ?? '';
  const heading = fold(`${facts.title ?? ''} ${text.slice(0, 300)}`);
  if (isEmail) return 'email';
  if (isTreaty) return 'treaty';
  if (facts.fields?.values.type || facts.fields?.values.themes) return 'development';
  if ((facts.items?.length ?? 0) >= 2) return 'bulletin';
  if (
    MINUTES.test(fold(facts.title ?? '')) ||
    (MINUTES.test(heading) &&
      /\b(?:agenda|action points?|attendees|pritomni|usneseni|ukoly)\b/.test(fold(text.slice(0, 3000))))
  )
    return 'minutes';
  const lead = fold(text.slice(0, 600));
  // A press release reports an event in its dated lead, whatever contacts its footer lists.
  if (findDates(lead).length > 0 && NEWS_VERB.test(lead)) return 'news';
  const phones = (facts.contacts ?? []).reduce((sum, contact) => sum + contact.phones.length, 0);
  if (phones >= 2 || (facts.contacts?.length ?? 0) >= 3) return 'contact';
  if (BULLETIN.test(fold(facts.title ?? '')) && findDates(text).length >= 2) return 'bulletin';
  const folded = fold(text);
  const count = (pattern: RegExp) => folded.match(pattern)?.length ?? 0;
  // A project page talks money: several funding words, not just a policy page listing projects.
  if (count(/\bproject/g) >= 3 && count(/\b(?:investment|funding|funded|budget|programme|grant)\b/g) >= 3)
    return 'project';
  if (findDates(lead).length > 0 || NEWS_VERB.test(lead)) return 'news';
  return 'policy';
}

export const kind: Extractor = {
  name: 'kind',
  extract({ meta, blocks }, facts) {
    const body = (facts.sections ?? []).flatMap((section) => [section.heading ?? '', ...section.paragraphs]).join('\n');
    return {
      kind: detectKind({ ...facts, fullText: body }, Boolean(meta.email), isTreatyText(blocks)),
      language: detectLanguage(body.slice(0, 20_000), 'en'),
    };
  },
};
