/** Short strings many documents hold are kept once (`SharedStrings`): the values stay exactly as they were. */
import { describe, expect, it } from 'vitest';
import { SharedStrings } from '../src/util/shared-strings.ts';

describe('SharedStrings', () => {
  it('leaves every value equal, in place, at any depth, whatever its type', () => {
    const strings = new SharedStrings(10);
    const first = { kind: 'development', tags: ['a', 'b'], nested: { n: 1, ok: true, none: null, at: undefined } };
    const second = { kind: 'development', tags: ['b', 'a very long string indeed'], nested: [{ x: 'a' }] };
    const copies = structuredClone([first, second]);
    expect(strings.share(first)).toBe(first);
    expect(strings.share(second)).toBe(second);
    expect([first, second]).toEqual(copies);
  });

  it('keeps what a prototype provides (a document reading its text from its sections)', () => {
    const proto = {
      get text(): string {
        return (this as unknown as { parts: string[] }).parts.join(' ');
      },
    };
    const document = Object.assign(Object.create(proto) as { parts: string[]; text: string }, { parts: ['x', 'y'] });
    new SharedStrings().share(document);
    expect(document.text).toBe('x y');
    expect(Object.keys(document)).toEqual(['parts']);
  });
});
