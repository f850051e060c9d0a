/**
 * Zip archives written by hand, for the archive limits: Word documents (.docx) that inflate to far
 * more than they weigh, hold thousands of entries, nest XML deep, or declare sizes that are lies.
 * Shared by the tests and `npm run bench:hostile`.
 */
import { crc32, createDeflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The entry's bytes, or `repeat` bytes of one character (streamed, never held whole). */
  data: Buffer | { prefix?: string; repeat: string; bytes: number; suffix?: string };
  /** Declare this uncompressed size in the headers instead of the true one (a lying archive). */
  declaredSize?: number;
}

interface Deflated {
  compressed: Buffer;
  crc: number;
  size: number;
}

async function deflate(data: ZipEntry['data']): Promise<Deflated> {
  const stream = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => stream.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  const write = async (piece: Buffer) => {
    crc = crc32(piece, crc);
    size += piece.length;
    if (!stream.write(piece)) await new Promise((resolve) => stream.once('drain', resolve));
  };
  if (Buffer.isBuffer(data)) await write(data);
  else {
    if (data.prefix) await write(Buffer.from(data.prefix));
    const block = Buffer.from(data.repeat.repeat(Math.ceil((1024 * 1024) / data.repeat.length)));
    for (let left = data.bytes; left > 0; left -= block.length)
      await write(left >= block.length ? block : block.subarray(0, left));
    if (data.suffix) await write(Buffer.from(data.suffix));
  }
  stream.end();
  await done;
  return { compressed: Buffer.concat(chunks), crc: crc >>> 0, size };
}

/** A zip archive of `entries`, deflated. */
export async function zip(entries: readonly ZipEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { compressed, crc, size } = await deflate(entry.data);
    const name = Buffer.from(entry.name);
    const declared = entry.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const BODY_OPEN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`;
const BODY_CLOSE = `</w:body></w:document>`;
const PARAGRAPH = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** A Word document whose body is `document` (the entry word/document.xml), plus `extra` entries. */
export const docx = (document: ZipEntry['data'], extra: ZipEntry[] = [], declaredSize?: number): Promise<Buffer> =>
  zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: document, ...(declaredSize === undefined ? {} : { declaredSize }) },
    ...extra,
  ]);

const INTRO = PARAGRAPH('Police cooperation between Czechia and Austria at the shared border.');

/** One paragraph of `bytes` letters: a document that inflates to `bytes` and then some. */
export const inflatingDocx = (bytes: number, declaredSize?: number): Promise<Buffer> =>
  docx(
    { prefix: `${BODY_OPEN}${INTRO}<w:p><w:r><w:t>`, repeat: 'a', bytes, suffix: `</w:t></w:r></w:p>${BODY_CLOSE}` },
    [],
    declaredSize,
  );

/** A readable document with `count` extra (tiny) entries. */
export const manyEntriesDocx = (count: number): Promise<Buffer> =>
  docx(
    Buffer.from(`${BODY_OPEN}${INTRO}${BODY_CLOSE}`),
    Array.from({ length: count }, (_, i) => ({ name: `customXml/item${i}.xml`, data: Buffer.from('<a/>') })),
  );

/** A document whose body nests `depth` elements inside one another. */
export const deepDocx = (depth: number): Promise<Buffer> =>
  docx(
    Buffer.from(
      `${BODY_OPEN}${INTRO}${'<w:tbl><w:tr><w:tc>'.repeat(depth)}${PARAGRAPH('deep')}${'</w:tc></w:tr></w:tbl>'.repeat(depth)}${BODY_CLOSE}`,
    ),
  );

/** A small, ordinary Word document. */
export const plainDocx = (paragraphs: readonly string[]): Promise<Buffer> =>
  docx(Buffer.from(`${BODY_OPEN}${paragraphs.map(PARAGRAPH).join('')}${BODY_CLOSE}`));
