import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/corpus/clean.ts';
import { cityFromAddress, extractContacts } from '../src/corpus/contacts/lines.ts';
import { parsePhoneNumbers, phonesInValue, regionForCountry } from '../src/corpus/contacts/phones.ts';
import type { ContactPoint } from '../src/corpus/types.ts';

const SEEDS = new URL('../seeds/', import.meta.url);
const seedText = (name: string): string => cleanText(readFileSync(new URL(name, SEEDS), 'utf8'));
const only = (contacts: ContactPoint[]): ContactPoint => {
  expect(contacts).toHaveLength(1);
  return contacts[0] as ContactPoint;
};

describe('parsePhoneNumbers', () => {
  it('validates Czech numbers and gives E.164, international and national formats', () => {
    const [phone] = parsePhoneNumbers('974 834 210', 'CZ');
    expect(phone).toMatchObject({
      raw: '974 834 210',
      e164: '+420974834210',
      international: '+420 974 834 210',
      national: '974 834 210',
    });
  });

  it('reads numbers written with NBSP once the text is cleaned, and keeps ";" lists apart', () => {
    const phones = parsePhoneNumbers(cleanText('974\u00a0804\u00a0400; 974\u00a0804 401'), 'CZ');
    expect(phones.map((p) => p.e164)).toEqual(['+420974804400', '+420974804401']);
  });

  it('does not read trailing notes or dates as numbers', () => {
    expect(parsePhoneNumbers('974 834 210 - 24/7', 'CZ').map((p) => p.raw)).toEqual(['974 834 210']);
    expect(parsePhoneNumbers('06.02.2026 and 2026-02-06', 'CZ')).toEqual([]);
  });

  it('keeps the raw text of an invalid number', () => {
    const [phone] = parsePhoneNumbers('12 34 56', 'CZ');
    expect(phone?.e164).toBeUndefined();
    expect(phone?.international).toBe('12 34 56');
  });

  it('applies a note between numbers to its own number only, a trailing note to the whole line', () => {
    const inner = phonesInValue('Duty desk', '+420 974 811 111 (24/7), +420 974 811 112', 'CZ');
    expect(inner.map((p) => p.available247)).toEqual([true, false]);
    const trailing = phonesInValue('Duty desk', '974 811 111, 974 811 112 - nonstop', 'CZ');
    expect(trailing.map((p) => p.available247)).toEqual([true, true]);
    expect(phonesInValue('Phone', '974 811 111, fax: 974 811 112', 'CZ').map((p) => [p.label, p.fax])).toEqual([
      ['Phone', false],
      ['fax', true],
    ]);
  });

  it('maps country names and demonyms to regions', () => {
    expect(regionForCountry('Czech Republic')).toBe('CZ');
    expect(regionForCountry('Slovakia')).toBe('SK');
    expect(regionForCountry('Atlantis')).toBeUndefined();
  });
});

describe('cityFromAddress', () => {
  it('reads the words after a postcode', () => {
    expect(cityFromAddress('Münzbergerových 2811/8, 155 00 Praha 5 – Stodůlky')).toBe('Praha 5');
    expect(cityFromAddress('Thaerstraße 11, 65193 Wiesbaden')).toBe('Wiesbaden');
    expect(cityFromAddress('Pribinova 2, SK-812 72 Bratislava')).toBe('Bratislava');
  });
});

describe('extractContacts on the seed contact page', () => {
  const text = seedText('001_cb69db5f71028c61.txt');
  const contact = only(
    extractContacts(text, { title: 'International Cooperation – About Us and Contact Points', country: 'Czechia' }),
  );
  const phone = (e164: string) => contact.phones.find((p) => p.e164 === e164);

  it('finds the unit, its divisions and the organisation it belongs to', () => {
    expect(contact.unit).toBe('International Police Cooperation Directorate');
    expect(contact.divisions).toEqual([
      'International Relations Support Division',
      'Operational Cooperation Division',
      'Strategic Cooperation Division',
    ]);
    expect(contact.organisation).toBe('Police Presidium of the Czech Republic');
  });

  it('reads the address and the city after the postcode', () => {
    expect(contact.address).toBe('Münzbergerových 2811/8, 155 00 Praha 5 – Stodůlky');
    expect(contact.city).toBe('Praha 5');
  });

  it('gives the 24/7 permanent service in E.164 and keeps the note out of the number', () => {
    expect(phone('+420974834210')).toMatchObject({
      label: 'Permanent service',
      raw: '974 834 210',
      available247: true,
      fax: false,
      international: '+420 974 834 210',
    });
  });

  it('splits several numbers on one line under the same label', () => {
    expect(contact.phones.filter((p) => p.label === 'Secretariat').map((p) => p.e164)).toEqual([
      '+420974804400',
      '+420974804401',
    ]);
    expect(phone('+420974804400')?.available247).toBe(false);
  });

  it('flags fax numbers, 24/7 from the trailing note', () => {
    const faxes = contact.phones.filter((p) => p.fax);
    expect(faxes.map((p) => p.national)).toEqual(['974 834 723', '974 834 716']);
    expect(faxes.every((p) => p.label === 'service FAX' && p.available247)).toBe(true);
    expect(contact.phones).toHaveLength(5);
  });

  it('reads e-mail audiences and the head', () => {
    expect(contact.emails).toEqual([
      { address: 'rmps@pcr.cz', audience: 'for the police' },
      { address: 'rmps.pripady@pcr.cz', audience: 'for the police' },
      { address: 'pp.sekretpp@pcr.cz', audience: 'for the public' },
    ]);
    expect(contact.head).toEqual({ role: 'Head of the Directorate', name: 'Col. Šárka Havránková' });
    expect(contact.available247).toBe(true);
  });

  it('finds the region from the text when the caller gives none', () => {
    const guessed = only(extractContacts(text, { title: 'x' }));
    expect(guessed.phones[2]?.e164).toBe('+420974834210');
  });
});

describe('extractContacts on the other seeds', () => {
  it('reads the EUAA contact e-mail of a database entry as the publisher', () => {
    const contact = only(
      extractContacts(seedText('000_683bff22d49141e8.txt'), {
        title: 'Czechia and Slovakia sign new agreement on police cooperation',
      }),
    );
    expect(contact.organisation).toBe('European Union Agency for Asylum (EUAA)');
    expect(contact.emails).toEqual([{ address: 'ids@euaa.europa.eu' }]);
    expect(contact.phones).toEqual([]);
  });

  it.each(['002_1654193288ae2e88.txt', '003_92b564ac1ca8dc24.txt', '004_75d9709aba672c2f.txt'])(
    'finds no contact in %s',
    (file) => {
      expect(extractContacts(seedText(file), { title: 'x', country: 'Czechia' })).toEqual([]);
    },
  );
});

describe('extractContacts on pages written for the test', () => {
  it('reads a Slovak unit page with other labels', () => {
    const text = cleanText(`Presidium of the Police Force

Office of International Police Cooperation

- SIRENE Department
- Interpol National Central Bureau

Contact
Postal address: Pribinova 2, 812 72 Bratislava
Tel.: +421 9610 51234
Duty officer (24 h): +421 9610 55555
Fax: +421 9610 59999
E-mail for partners: spoc@minv.sk
Director: Col. Ján Novák`);
    const contact = only(extractContacts(text, { title: 'Contacts', country: 'Slovakia' }));
    expect(contact).toMatchObject({
      organisation: 'Presidium of the Police Force',
      unit: 'Office of International Police Cooperation',
      city: 'Bratislava',
    });
    expect(contact.divisions).toEqual(['SIRENE Department', 'Interpol National Central Bureau']);
    expect(contact.phones.map((p) => [p.label, p.e164, p.fax, p.available247])).toEqual([
      ['Tel.', '+421961051234', false, false],
      ['Duty officer (24 h)', '+421961055555', false, true],
      ['Fax', '+421961059999', true, false],
    ]);
    expect(contact.emails).toEqual([{ address: 'spoc@minv.sk', audience: 'for partners' }]);
    expect(contact.head).toEqual({ role: 'Director', name: 'Col. Ján Novák' });
  });

  it('reads a Czech-labelled block with a multi-line address', () => {
    const text = cleanText(`Policie České republiky

Odbor mezinárodní policejní spolupráce

Adresa:
Strojnická 27
170 89 Praha 7
Sekretariát: +420 974 811 111
Stálá služba: 974 812 222 (nepřetržitě)
Tel./Fax: 974 813 333
E-mail: omps@pcr.cz
Ředitel odboru: plk. Mgr. Jan Dvořák`);
    const contact = only(extractContacts(text, { title: 'Kontakty', regionCode: 'CZ' }));
    expect(contact).toMatchObject({
      organisation: 'Policie České republiky',
      unit: 'Odbor mezinárodní policejní spolupráce',
    });
    expect(contact.address).toBe('Strojnická 27, 170 89 Praha 7');
    expect(contact.city).toBe('Praha 7');
    expect(contact.phones.map((p) => [p.label, p.e164, p.fax, p.available247])).toEqual([
      ['Sekretariát', '+420974811111', false, false],
      ['Stálá služba', '+420974812222', false, true],
      ['Tel./Fax', '+420974813333', true, false],
    ]);
    expect(contact.emails).toEqual([{ address: 'omps@pcr.cz' }]);
    expect(contact.head).toEqual({ role: 'Ředitel odboru', name: 'plk. Mgr. Jan Dvořák' });
    expect(contact.available247).toBe(true);
  });

  it('reads two units on one German page, an unlabelled address and inline "Fax:"', () => {
    const text = cleanText(`Bundeskriminalamt

Referat Internationale Koordinierung
Thaerstraße 11
65193 Wiesbaden
Tel. +49 611 55-0
E-Mail: info@bka.bund.de

Lagezentrum (rund um die Uhr)
Tel.: +49 611 55-13101, Fax: +49 611 55-13102, E-Mail: lage@bka.bund.de`);
    const [first, second] = extractContacts(text, { title: 'Kontakt', country: 'Germany' });
    expect(first).toMatchObject({
      organisation: 'Bundeskriminalamt',
      unit: 'Referat Internationale Koordinierung',
      address: 'Thaerstraße 11, 65193 Wiesbaden',
      city: 'Wiesbaden',
      available247: false,
    });
    expect(first?.phones.map((p) => p.e164)).toEqual(['+49611550']);
    expect(second?.unit).toBe('Lagezentrum (rund um die Uhr)');
    expect(second?.available247).toBe(true);
    expect(second?.phones.map((p) => [p.label, p.e164, p.fax])).toEqual([
      ['Tel.', '+496115513101', false],
      ['Fax', '+496115513102', true],
    ]);
    expect(second?.emails).toEqual([{ address: 'lage@bka.bund.de' }]);
  });

  it('reads labels standing on their own line and keeps other fields inside the block', () => {
    const text = cleanText(`National Police

Border Police Directorate
Phone:
+420 974 811 111
Office hours: Mon-Fri 8:00-16:00
E-mail:
bpd@example.cz

Annual report 2024`);
    const contact = only(extractContacts(text, { title: 'Border police', regionCode: 'CZ' }));
    expect(contact).toMatchObject({ organisation: 'National Police', unit: 'Border Police Directorate' });
    expect(contact.phones.map((p) => [p.label, p.e164])).toEqual([['Phone', '+420974811111']]);
    expect(contact.emails).toEqual([{ address: 'bpd@example.cz' }]);
  });

  it('reads a contact e-mail in prose and names the organisation by its domain when unexplained', () => {
    const contacts = extractContacts('Annual report\n\nQuestions about this report? Write to press@example.org.', {
      title: 'Annual report',
    });
    expect(contacts).toEqual([
      {
        organisation: 'example.org',
        divisions: [],
        phones: [],
        emails: [{ address: 'press@example.org' }],
        available247: false,
      },
    ]);
  });

  it('ignores prose with numbers, dates and e-mails that are not offered as contacts', () => {
    const text =
      'Report\n\nDate: 06.02.2026\nThe budget was EUR 394 789 in 2016.\nThe suspect sent mail from fake@scam.biz to victims.';
    expect(extractContacts(text, { title: 'Report', country: 'Czechia' })).toEqual([]);
  });
});
