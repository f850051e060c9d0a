/**
 * HTML -> blocks with a real parser (htmlparser2's DOM). The main content is the <main> element,
 * else the one <article>, else <body>; inside it, chrome is left out by element (nav, header
 * outside the content, footer, aside, form, script ...), by ARIA role and by class/id words
 * (cookie, consent, share, breadcrumb, related, feedback, skip ...). Tables keep their rows, <dl>
 * and two-column tables become key/value pairs, <address> stays one block, links keep their text
 * (the target is recorded on the block, never pasted into the text).
 */
import { type AnyNode, type Element, isTag, isText, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { withPaths, type Block, type Link, type ReadMeta, type ReadResult } from '../blocks.ts';
import { FileProblem } from '../warnings.ts';

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'select',
  'button',
  'form',
  'input',
  'textarea',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
  'nav',
  'footer',
  'aside',
  'head',
  'dialog',
  'menu',
]);
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'complementary',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
]);
/**
 * Class or id words of page furniture, in English, Czech, Slovak and German (matched as whole
 * words of the attribute; "cookie…" and "newsletter…" as prefixes): banners, headers and footers,
 * shop and cart boxes, newsletter sign-ups, paths.
 */
const CHROME_NAMES =
  /(?:^|[\s_-])(cookie\w*|consent|gdpr|cc-banner|share|sharing|social|socials|breadcrumbs?|drobeckova|drobecky|omrvinky|related|souvisejici|newsletter\w*|feedback|zpetna-vazba|skip|skiplink|skip-link|sidebar|navbar|navigation|nav|menu|pagination|toolbar|print|tags|comments?|popup|modal|visually-hidden|sr-only|language|lang-switch|hlavicka|paticka|pata|kosik|obchod|eshop|shop|cart|warenkorb|basket|kopf|kopfzeile|fuss|fusszeile|servicenavi|hauptnavi|subnavi|pfad|abo|webmaster|datum-dnes|dnes|today|clock|hodiny)(?:$|[\s_-])/i;
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'font',
  'label',
  'del',
  'ins',
  'br',
]);
const HEADING = /^h([1-6])$/;

const attr = (element: Element, name: string): string => element.attribs[name] ?? '';
const squash = (text: string): string => text.replace(/[ \t\r\n\f\u00a0\u2007\u202f\u200b]+/g, ' ');

function isChrome(element: Element, insideContent: boolean): boolean {
  if (SKIPPED.has(element.name)) return true;
  if (element.name === 'header' && !insideContent) return true;
  if ('hidden' in element.attribs || attr(element, 'aria-hidden') === 'true') return true;
  if (CHROME_ROLES.has(attr(element, 'role'))) return true;
  const names = `${attr(element, 'class')} ${attr(element, 'id')}`;
  return names.trim() !== '' && CHROME_NAMES.test(names);
}

/** Text of an element's inline content; <br> becomes '\n'; links are collected. */
function inlineText(nodes: readonly AnyNode[], links: Link[], insideContent: boolean): string {
  let out = '';
  for (const node of nodes) {
    if (isText(node)) out += squash(node.data);
    else if (isTag(node)) {
      if (node.name === 'br') {
        out += '\n';
        continue;
      }
      if (isChrome(node, insideContent)) continue;
      const text = inlineText(node.children, links, insideContent);
      if (node.name === 'a' && attr(node, 'href')) links.push({ text: text.trim(), href: attr(node, 'href') });
      // A block element inside inline content (a <div> in a <td>) still separates its words.
      out += INLINE.has(node.name) ? text : ` ${text} `;
    }
  }
  return out;
}

const tidy = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

const cellsOf = (row: Element, links: Link[], inside: boolean): Array<{ text: string; header: boolean }> =>
  row.children
    .filter(isTag)
    .filter((cell) => cell.name === 'td' || cell.name === 'th')
    .map((cell) => ({
      text: tidy(inlineText(cell.children, links, inside)).replace(/\n/g, ', '),
      header: cell.name === 'th',
    }));

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Element) => {
    for (const child of node.children.filter(isTag)) {
      if (child.name === 'tr') rows.push(child);
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

class Walker {
  readonly blocks: Block[] = [];
  private inline = '';
  private inlineLinks: Link[] = [];

  constructor(private readonly insideContent: boolean) {}

  private push(block: Block, links: Link[]) {
    if (links.length > 0) block.links = links;
    this.blocks.push(block);
  }

  flush() {
    const text = tidy(this.inline);
    if (text) this.push({ type: 'paragraph', text }, this.inlineLinks);
    this.inline = '';
    this.inlineLinks = [];
  }

  walk(nodes: readonly AnyNode[]) {
    for (const node of nodes) {
      if (isText(node)) {
        this.inline += squash(node.data);
        continue;
      }
      if (!isTag(node) || isChrome(node, this.insideContent)) continue;
      if (INLINE.has(node.name)) {
        this.inline += inlineText([node], this.inlineLinks, this.insideContent);
        continue;
      }
      this.flush();
      this.element(node);
      this.flush();
    }
  }

  private element(node: Element) {
    const links: Link[] = [];
    const heading = HEADING.exec(node.name);
    if (heading) {
      const text = tidy(inlineText(node.children, links, this.insideContent)).replace(/\n/g, ' ');
      if (text) this.push({ type: 'heading', level: Number(heading[1]), text }, links);
    } else if (node.name === 'p' || node.name === 'address' || node.name === 'pre') {
      const text = tidy(inlineText(node.children, links, this.insideContent));
      if (text)
        this.push({ type: 'paragraph', text, ...(node.name === 'address' ? { role: 'address' as const } : {}) }, links);
    } else if (node.name === 'ul' || node.name === 'ol') {
      this.list(node);
    } else if (node.name === 'dl') {
      this.definitions(node);
    } else if (node.name === 'table') {
      this.table(node);
    } else if (node.name === 'blockquote') {
      const inner = new Walker(this.insideContent);
      inner.walk(node.children);
      inner.flush();
      if (inner.blocks.length > 0) this.blocks.push({ type: 'quote', blocks: inner.blocks });
    } else {
      this.walk(node.children);
    }
  }

  private list(node: Element) {
    const links: Link[] = [];
    const items: string[] = [];
    const collect = (list: Element) => {
      for (const item of list.children.filter(isTag)) {
        if (item.name !== 'li' || isChrome(item, this.insideContent)) continue;
        const nested = item.children.filter(isTag).filter((c) => c.name === 'ul' || c.name === 'ol');
        const own = item.children.filter((c) => !nested.includes(c as Element));
        const text = tidy(inlineText(own, links, this.insideContent)).replace(/\n/g, ', ');
        if (text) items.push(text);
        nested.forEach(collect);
      }
    };
    collect(node);
    if (items.length > 0) this.push({ type: 'list', ordered: node.name === 'ol', items }, links);
  }

  private definitions(node: Element) {
    const links: Link[] = [];
    const pairs: Array<{ key: string; value: string }> = [];
    const visit = (parent: Element) => {
      for (const child of parent.children.filter(isTag)) {
        if (child.name === 'div') {
          visit(child);
          continue;
        }
        const text = tidy(inlineText(child.children, links, this.insideContent)).replace(/\n/g, ', ');
        if (child.name === 'dt') pairs.push({ key: asKey(text), value: '' });
        else if (child.name === 'dd' && text) {
          const last = pairs[pairs.length - 1];
          if (last && last.value === '') last.value = text;
          else pairs.push({ key: last?.key ?? '', value: text });
        }
      }
    };
    visit(node);
    const kept = pairs.filter((pair) => pair.key || pair.value);
    if (kept.length > 0) this.push({ type: 'pairs', pairs: kept }, links);
  }

  private table(node: Element) {
    const links: Link[] = [];
    const rows = rowsOf(node)
      .map((row) => cellsOf(row, links, this.insideContent))
      .filter((row) => row.some((cell) => cell.text));
    if (rows.length === 0) return;
    const first = rows[0]!;
    const hasHeader = first.every((cell) => cell.header) || node.children.some((c) => isTag(c) && c.name === 'thead');
    const width = Math.max(...rows.map((row) => row.length));
    // A two-column table whose first cells are labels ("Telefon | +420 ...") is a list of pairs.
    if (!hasHeader && width === 2 && rows.every((row) => row.length === 2 && row[0]!.text.length <= 60)) {
      this.push(
        { type: 'pairs', pairs: rows.map(([key, value]) => ({ key: asKey(key!.text), value: value!.text })) },
        links,
      );
      return;
    }
    const header = hasHeader ? first.map((cell) => cell.text) : [];
    this.push(
      { type: 'table', header, rows: (hasHeader ? rows.slice(1) : rows).map((row) => row.map((cell) => cell.text)) },
      links,
    );
  }
}

/** A label as a key: "Telefax:" in a <dt> or a table's first cell is "Telefax" (the pair is written "Telefax: …"). */
const asKey = (text: string): string => text.replace(/\s*:\s*$/, '');

function findAll(nodes: readonly AnyNode[], test: (element: Element) => boolean, out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (test(node)) out.push(node);
    else findAll(node.children, test, out);
  }
  return out;
}

const textOf = (node: Element): string => tidy(inlineText(node.children, [], true)).replace(/\n/g, ' ');

/** "Joint patrols start | Ministry of the Interior" -> "Joint patrols start": the site's name is the shorter end. */
function withoutSiteSuffix(title: string): string {
  const parts = title
    .split(/\s+[|–—·:»]\s+|\s+-\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 1 ? parts.reduce((a, b) => (b.length > a.length ? b : a)) : title.trim();
}

function metaOf(all: readonly AnyNode[], content: readonly AnyNode[]): ReadMeta {
  const meta: ReadMeta = {};
  const title = findAll(all, (e) => e.name === 'title')[0];
  if (title) meta.title = withoutSiteSuffix(textOf(title));
  const metas = findAll(all, (e) => e.name === 'meta');
  const metaContent = (...names: string[]) =>
    metas.find((m) => names.includes((attr(m, 'property') || attr(m, 'name') || attr(m, 'itemprop')).toLowerCase()))
      ?.attribs.content;
  // One <time> dates the page; several different ones date the items of a bulletin, not the page.
  const times = new Set(
    findAll(content, (e) => e.name === 'time' && Boolean(attr(e, 'datetime'))).map((e) => attr(e, 'datetime')),
  );
  const date =
    metaContent('article:published_time', 'datepublished', 'date', 'dcterms.date', 'dc.date', 'dcterms.created') ??
    (times.size === 1 ? [...times][0] : undefined);
  if (date) meta.date = date;
  return meta;
}

/**
 * Deeper than this, an element's descendants are replaced by their text. Real pages nest a few
 * dozen levels; the walkers below recurse per level, and a hostile file nests 100,000.
 */
const MAX_DEPTH = 200;

/** The text under a node, collected without recursion. */
function flatText(node: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [...node.children].reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (isText(next)) parts.push(next.data);
    else if (isTag(next) && !SKIPPED.has(next.name)) stack.push(...[...next.children].reverse(), new Text(' '));
  }
  return parts.join('');
}

/** Flatten what lies deeper than MAX_DEPTH, so every later walk recurses a bounded number of levels. */
function boundDepth(nodes: readonly AnyNode[]): void {
  const stack = nodes.filter(isTag).map((element) => ({ element, depth: 1 }));
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { element, depth } = next;
    if (depth < MAX_DEPTH) {
      for (const child of element.children) if (isTag(child)) stack.push({ element: child, depth: depth + 1 });
      continue;
    }
    const text = new Text(flatText(element));
    text.parent = element;
    element.children = [text];
  }
}

/** Elements whose end tag may be left out, and void elements: they never deepen a page for long. */
const OPTIONAL_END =
  /^(?:p|li|dt|dd|tr|td|th|option|optgroup|thead|tbody|tfoot|colgroup|caption|rb|rt|rp|html|head|body|br|hr|img|input|meta|link|area|base|col|embed|source|track|wbr)$/i;
const TAG = /<(\/?)([a-z][a-z0-9-]*)[^<>]*?(\/?)>/gi;
/** Nesting beyond which a file is refused: the parser's cost grows with the square of the depth. */
const MAX_NESTING = 5000;

/** The deepest nesting of a page by its tags alone, found in one linear pass before parsing. */
function nestingOf(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (selfClosing || OPTIONAL_END.test(name!)) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

export function readHtml(html: string): ReadResult {
  if (nestingOf(html) > MAX_NESTING) throw new FileProblem({ code: 'too-deep', limit: MAX_NESTING });
  const document = parseDocument(html, { decodeEntities: true });
  boundDepth(document.children);
  const main = findAll(document.children, (e) => e.name === 'main' || attr(e, 'role') === 'main')[0];
  const articles = main ? [] : findAll(document.children, (e) => e.name === 'article');
  const root = main ?? (articles.length === 1 ? articles[0] : undefined);
  const body = findAll(document.children, (e) => e.name === 'body')[0];
  const content = root ? [root] : (body?.children ?? document.children);
  const walker = new Walker(Boolean(root));
  walker.walk(content);
  walker.flush();
  return { blocks: withPaths(walker.blocks), meta: metaOf(document.children, content) };
}
