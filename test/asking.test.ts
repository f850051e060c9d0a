/** Questions in plain words -> the lookup a person would have typed (pure). */
import { describe, expect, it } from 'vitest';
import { mentionsUser, questionLocale, questionText, routeQuestion } from '../src/asking/routing.ts';

const BOT = '1300000000000000000';

describe('a question from a message', () => {
  it('drops mentions, channel links and custom emoji, and shortens at a word', () => {
    expect(questionText(`<@${BOT}>  who do I call\n at <#123456789012345678> night? <:ok:123456789012345678>`)).toBe(
      'who do I call at night?',
    );
    const long = questionText('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('word')).toBe(true);
  });

  it('counts only an explicit mention of the bot', () => {
    expect(mentionsUser(`hey <@${BOT}> fax?`, BOT)).toBe(true);
    expect(mentionsUser(`hey <@!${BOT}> fax?`, BOT)).toBe(true);
    expect(mentionsUser('hey @liaison fax?', BOT)).toBe(false);
    expect(mentionsUser('<@1300000000000000001> fax?', BOT)).toBe(false);
  });
});

describe('routing a question to a lookup', () => {
  it.each([
    ['who do I call at night about a SIRENE hit?', 'contacts'],
    ['koho mám volat v noci?', 'contacts'],
    ['what does the readmission agreement with Moldova say?', 'treaty'],
    ['co říká smlouva se Slovenskem o pronásledování?', 'treaty'],
    ['what is new about Frontex?', 'developments'],
    ['jaké jsou novinky k azylu?', 'developments'],
    ['havrankova', 'search'],
    ['cross-border pursuit', 'search'],
    // Two topics at once: not plainly about either.
    ['who signed the agreement and what is their phone?', 'search'],
  ])('%s -> /%s', (question, command) => {
    expect(routeQuestion(question, false).command).toBe(command);
  });

  it('passes the question as the query, privately when asked from the context menu', () => {
    expect(routeQuestion('havrankova', true)).toEqual({
      command: 'search',
      options: { query: 'havrankova', hide: true },
    });
    expect(routeQuestion('who do I call at night?', false)).toEqual({
      command: 'contacts',
      options: { query: 'who do I call at night?' },
    });
  });

  it('keeps only what a development must mention, or nothing for "what is new?"', () => {
    expect(routeQuestion('what is new about Frontex?', false).options).toEqual({ query: 'Frontex' });
    expect(routeQuestion('any news?', false).options).toEqual({});
  });
});

describe('the language of a question', () => {
  it('is Czech for Czech letters or words, else the fallback', () => {
    expect(questionLocale('kdo je kontaktní místo', 'en')).toBe('cs');
    expect(questionLocale('přeshraniční pronásledování', 'en')).toBe('cs');
    expect(questionLocale('who do I call at night?', 'en')).toBe('en');
    expect(questionLocale('who do I call at night?', 'cs')).toBe('cs');
  });

  it('answers a question written in German in German, and routes it like its English twin', () => {
    expect(questionLocale('Wen rufe ich nachts wegen eines SIRENE-Treffers an?', 'en')).toBe('de');
    expect(questionLocale('Was gibt es Neues über Frontex?', 'en')).toBe('de');
    expect(questionLocale('Welche Abkommen hat Österreich unterzeichnet?', 'cs')).toBe('de');
    expect(questionLocale('what was signed with Austria?', 'en')).toBe('en');
    expect(routeQuestion('Wen rufe ich nachts wegen eines SIRENE-Treffers an?', false).command).toBe('contacts');
    expect(routeQuestion('Welche Abkommen hat Österreich unterzeichnet?', false).command).toBe('treaty');
    expect(routeQuestion('Was gibt es Neues über Frontex?', false)).toEqual({
      command: 'developments',
      options: { query: 'Frontex' },
    });
  });
});
