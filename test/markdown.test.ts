import { describe, expect, it } from 'vitest';
import { escapeMarkdown, inlineFile, markdownLink, truncate } from '../src/util/markdown.ts';

describe('document text in Discord Markdown', () => {
  it('renders as written and can never ping', () => {
    expect(escapeMarkdown('**bold** _x_ `c` @everyone @here <@&123> <@456>')).toBe(
      '\\*\\*bold\\*\\* \\_x\\_ \\`c\\` @\u200beveryone @\u200bhere <\u200b@&123> <\u200b@456>',
    );
    expect(escapeMarkdown('# not a heading\n- not a list')).toBe('\\# not a heading\n\\- not a list');
  });

  it('keeps links whole when the URL has brackets or spaces', () => {
    expect(markdownLink('Source', 'https://example.org/a_(b) c')).toBe('[Source](https://example.org/a_%28b%29%20c)');
    expect(inlineFile('we`ird.txt')).toBe("`we'ird.txt`");
  });

  it('cuts long text at a word, with an ellipsis, within the limit', () => {
    const cut = truncate('Joint patrols and joint search groups on the territory of the other state', 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe('Joint patrols and joint…');
    expect(truncate('short', 30)).toBe('short');
  });
});
