/**
 * The snapshot's file: a small JSON header, the index's postings as the bytes of their typed
 * arrays, and the documents as JSON in chunks. Saved as one JSON text it was a string of twice its
 * bytes (a text with one accented letter is held two bytes a character: 690 MB for the 344 MB
 * snapshot of 100,000 documents), parsed in one go, with the postings as base64 to decode. Now the
 * postings are read straight into their arrays, and each chunk of documents is decoded and parsed
 * on its own, the loop turning between chunks.
 *
 * Layout: `MAGIC`, the format (uint32 LE), the header's length in bytes (uint32 LE), the header
 * (UTF-8 JSON: everything but the arrays and the documents, and where those are), then the
 * sections, each at a multiple of 8 bytes from the data's start (after the header, itself padded
 * to 8), so a typed array can be read into an aligned buffer of its own.
 */
import { open, writeFile, type FileHandle } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Document } from '../corpus/types.ts';
import type { CompactParts } from './compact-postings.ts';

/** A document as saved: without `text` when its text is its sections' (see sections.ts). */
export type StoredDocument = Omit<Document, 'text'> & { text?: string };

const MAGIC = Buffer.from('LIAISONS', 'latin1');
const PREFIX = MAGIC.length + 8;
/** Documents per JSON chunk: a few megabytes of text, parsed in some milliseconds. */
const DOCUMENTS_PER_CHUNK = 1000;

/** Where a section is: its offset from the data's start and its length, in bytes. */
type Place = [offset: number, bytes: number];

/** What a snapshot holds: the postings' arrays of `index` and the documents are kept apart from the header. */
export interface SnapshotContent {
  documents: readonly StoredDocument[];
  index: CompactParts;
}

interface Header {
  key: string;
  /** Everything of the content but the documents and the index's arrays. */
  rest: Record<string, unknown>;
  index: Omit<CompactParts, 'starts' | 'shortIds' | 'counts'>;
  arrays: { starts: Place; shortIds: Place; counts: Place };
  documents: Place[];
}

const padding = (bytes: number): number => (8 - (bytes % 8)) % 8;

const bytesOf = (array: ArrayBufferView): Uint8Array =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** Write `content` (and whatever else it holds, as JSON) to `path`, in the format numbered `format`, under `key`. */
export async function writeSnapshotFile<T extends SnapshotContent>(
  path: string,
  format: number,
  key: string,
  content: T,
): Promise<void> {
  const { documents, index, ...rest } = content;
  const { starts, shortIds, counts, ...indexRest } = index;
  const sections: Uint8Array[] = [];
  let offset = 0;
  const place = (bytes: Uint8Array): Place => {
    const at = offset;
    sections.push(bytes);
    offset += bytes.byteLength + padding(bytes.byteLength);
    return [at, bytes.byteLength];
  };
  const arrays = { starts: place(bytesOf(starts)), shortIds: place(bytesOf(shortIds)), counts: place(bytesOf(counts)) };
  const chunks: Place[] = [];
  for (let from = 0; from < documents.length; from += DOCUMENTS_PER_CHUNK)
    chunks.push(place(Buffer.from(JSON.stringify(documents.slice(from, from + DOCUMENTS_PER_CHUNK)))));
  const header: Header = { key, rest, index: indexRest, arrays, documents: chunks };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(PREFIX);
  MAGIC.copy(prefix);
  prefix.writeUInt32LE(format, MAGIC.length);
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length + 4);
  const zeros = new Uint8Array(8);
  await writeFile(
    path,
    (function* parts(): Generator<Uint8Array> {
      yield prefix;
      yield headerBytes;
      yield zeros.subarray(0, padding(PREFIX + headerBytes.length));
      for (const section of sections) {
        yield section;
        yield zeros.subarray(0, padding(section.byteLength));
      }
    })(),
  );
}

/** Exactly `length` bytes at `position` of the file, into `into` (a new buffer if not given). */
async function readExactly(handle: FileHandle, position: number, length: number, into?: Uint8Array): Promise<Buffer> {
  const bytes = into ?? Buffer.allocUnsafeSlow(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(bytes, done, length - done, position + done);
    if (bytesRead === 0) throw new Error('snapshot is truncated');
    done += bytesRead;
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, length);
}

/**
 * The content `writeSnapshotFile` wrote to `path`; undefined when there is no such file. Throws
 * when the file is not a snapshot of this format and key, or is cut short.
 */
export async function readSnapshotFile<T extends SnapshotContent>(
  path: string,
  format: number,
  key: string,
): Promise<T | undefined> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!handle) return undefined;
  try {
    const { size } = await handle.stat();
    if (size < PREFIX) throw new Error('snapshot is truncated');
    const prefix = await readExactly(handle, 0, PREFIX);
    if (!prefix.subarray(0, MAGIC.length).equals(MAGIC) || prefix.readUInt32LE(MAGIC.length) !== format)
      throw new Error('snapshot is of another format');
    const headerLength = prefix.readUInt32LE(MAGIC.length + 4);
    if (PREFIX + headerLength > size) throw new Error('snapshot is truncated');
    const header = JSON.parse((await readExactly(handle, PREFIX, headerLength)).toString('utf8')) as Header;
    if (header.key !== key) throw new Error('snapshot does not match its key');
    const dataStart = PREFIX + headerLength + padding(PREFIX + headerLength);
    const within = ([at, bytes]: Place): number => {
      if (!(at >= 0 && bytes >= 0 && dataStart + at + bytes <= size)) throw new Error('snapshot is truncated');
      return dataStart + at;
    };
    /** A section's bytes in an ArrayBuffer of its own, as a typed array needs them (aligned, and not keeping the file's). */
    const arrayBuffer = async (place: Place): Promise<ArrayBuffer> => {
      const buffer = new ArrayBuffer(place[1]);
      await readExactly(handle, within(place), place[1], new Uint8Array(buffer));
      return buffer;
    };
    const index: CompactParts = {
      ...header.index,
      starts: new Int32Array(await arrayBuffer(header.arrays.starts)),
      shortIds: new Int32Array(await arrayBuffer(header.arrays.shortIds)),
      counts: new Uint16Array(await arrayBuffer(header.arrays.counts)),
    };
    const documents: StoredDocument[] = [];
    if (header.documents.length > 0) {
      const first = within(header.documents[0]!);
      const last = header.documents.at(-1)!;
      const bytes = await readExactly(handle, first, within(last) + last[1] - first);
      for (const place of header.documents) {
        const from = within(place) - first;
        for (const document of JSON.parse(bytes.toString('utf8', from, from + place[1])) as StoredDocument[])
          documents.push(document);
        await nextTurn();
      }
    }
    return { ...header.rest, documents, index } as unknown as T;
  } finally {
    await handle.close();
  }
}
