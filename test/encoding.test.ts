import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredEncoding, decodeText, detectLegacy, repairMojibake } from '../src/corpus/encoding.ts';

const czech =
  'Ministerstvo zahraničních věcí sděluje, že dne 14. listopadu 2023 byla v Bratislavě podepsána Smlouva ' +
  'mezi Českou republikou a Slovenskou republikou o policejní spolupráci. Oddělení cizinecké policie, Žižkov.';
const slovak =
  'Ministerstvo zahraničných vecí oznamuje, že 22. mája 2024 bola vo Viedni podpísaná Dohoda o spoločnom ' +
  'kontaktnom pracovisku. Riaditeľ úradu hraničnej a cudzineckej polície; Telefón: +421 2 4859 2600.';

describe('reading text in the encoding it is in', () => {
  it('honours a <meta charset>, an http-equiv content type and an XML declaration', () => {
    const page = (head: string) => iconv.encode(`${head}<p>${czech}</p>`, 'windows-1250');
    expect(declaredEncoding(page('<meta charset="windows-1250">'))).toBe('windows-1250');
    expect(declaredEncoding(page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'))).toBe(
      'iso-8859-2',
    );
    expect(declaredEncoding(page('<?xml version="1.0" encoding="windows-1250"?>'))).toBe('windows-1250');
    expect(decodeText(page('<meta http-equiv="content-type" content="text/html; charset=windows-1250">'))).toContain(
      'Oddělení cizinecké policie, Žižkov',
    );
  });

  it('reads a page saved as UTF-8 that kept an old windows-1250 declaration as UTF-8', () => {
    expect(decodeText(Buffer.from(`<meta charset="windows-1250"><p>${czech}</p>`))).toContain(czech);
  });

  it('honours byte order marks, UTF-16 included', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(czech)]))).toBe(czech);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(slovak, 'utf16le')]))).toBe(slovak);
  });

  it('tells windows-1250 from ISO-8859-2 when nothing is declared, in Czech and in Slovak', () => {
    for (const text of [czech, slovak])
      for (const encoding of ['windows-1250', 'iso-8859-2']) {
        const bytes = iconv.encode(text, encoding);
        expect(iconv.decode(bytes, detectLegacy(bytes))).toBe(text);
        expect(decodeText(bytes)).toBe(text);
      }
  });

  it('repairs Czech and Slovak read once with the wrong table, and leaves good text alone', () => {
    expect(repairMojibake('Oddìlení cizinecké policie, Pøíjem žádostí')).toBe(
      'Oddělení cizinecké policie, Příjem žádostí',
    );
    expect(repairMojibake('PolicejnÃ\u00ad prezidium ÄŒeskÃ© republiky')).toBe('Policejní prezidium České republiky');
    for (const text of [czech, slovak, 'Straße der Einheit 5, 01796 Pirna – Tel. 0 35 01 - 7 95 70 21 © 2025'])
      expect(repairMojibake(text)).toBe(text);
  });
});
