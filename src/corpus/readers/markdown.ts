/**
 * Markdown -> blocks with micromark/mdast (GFM tables, YAML front matter). Soft line breaks stay
 * '\n' inside a paragraph so "Label" / "value" lines read as before; links keep their text, and an
 * absolute web address that differs from the text is kept beside it ("Source <https://...>").
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYaml } from 'yaml';
import type { Block, Link, ReadMeta, ReadResult } from '../blocks.ts';
import { withPaths } from '../blocks.ts';

function phrasing(nodes: readonly PhrasingContent[] | readonly RootContent[], links: Link[]): string {
  let out = '';
  for (const node of nodes as readonly Nodes[]) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'link': {
        const text = phrasing(node.children, links);
        links.push({ text, href: node.url });
        out += /^https?:\/\//.test(node.url) && !text.includes(node.url) ? `${text} <${node.url}>` : text;
        break;
      }
      case 'html':
        out += node.value.replace(/<[^>]*>/g, '');
        break;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) out += phrasing((node as Parent).children as PhrasingContent[], links);
    }
  }
  return out;
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

function toBlocks(nodes: readonly RootContent[], out: Block[]): Block[] {
  for (const node of nodes) {
    const links: Link[] = [];
    let block: Block | undefined;
    switch (node.type) {
      case 'heading':
        block = { type: 'heading', level: node.depth, text: oneLine(phrasing(node.children, links)) };
        break;
      case 'paragraph': {
        const text = phrasing(node.children, links).split('\n').map((line) => line.trim()).filter(Boolean).join('\n');
        if (text) block = { type: 'paragraph', text };
        break;
      }
      case 'list': {
        const items: string[] = [];
        const collect = (list: typeof node) => {
          for (const item of list.children) {
            const own = item.children.filter((child) => child.type !== 'list');
            const text = own.map((child) => oneLine(phrasing([child], links))).filter(Boolean).join(' ');
            if (text) items.push(text);
            item.children.filter((child) => child.type === 'list').forEach((nested) => collect(nested as typeof node));
          }
        };
        collect(node);
        if (items.length > 0) block = { type: 'list', ordered: Boolean(node.ordered), items };
        break;
      }
      case 'table': {
        const rows = node.children.map((row) => row.children.map((cell) => oneLine(phrasing(cell.children, links))));
        block = { type: 'table', header: rows[0] ?? [], rows: rows.slice(1) };
        break;
      }
      case 'blockquote': {
        const inner = toBlocks(node.children, []);
        if (inner.length > 0) block = { type: 'quote', blocks: inner };
        break;
      }
      case 'html': {
        const text = node.value.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
        if (text) block = { type: 'paragraph', text };
        break;
      }
      default:
        break; // code, thematic breaks, definitions, front matter: not prose
    }
    if (block) {
      if (links.length > 0) block.links = links;
      out.push(block);
    }
  }
  return out;
}

/** Front matter -> lowercase keys with string values (lists joined by ", "). */
function frontMatterOf(root: Root): Record<string, string> | undefined {
  const yaml = root.children.find((node) => node.type === 'yaml');
  if (!yaml || yaml.type !== 'yaml') return undefined;
  let data: unknown;
  try {
    data = parseYaml(yaml.value, { maxAliasCount: 10 });
  } catch {
    return undefined; // a broken header is read as no header, the body still counts
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    const text = Array.isArray(value) ? value.map(String).join(', ') : value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
    if (text) fields[key.toLowerCase()] = text;
  }
  return fields;
}

export function readMarkdown(markdown: string): ReadResult {
  const root = fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
  const fields = frontMatterOf(root);
  const meta: ReadMeta = {};
  if (fields) {
    meta.fields = fields;
    if (fields.title) meta.title = fields.title;
    const date = fields.date ?? fields.published ?? fields.datum;
    if (date) meta.date = date;
  }
  return { blocks: withPaths(toBlocks(root.children, [])), meta };
}
