/**
 * Archive formats (.docx is a zip) checked before anything inflates them for real: mammoth reads
 * whatever it is given, and a 300 KB zip bomb inflated to gigabytes. The central directory is read
 * first (yauzl): the number of entries, their total uncompressed size and each entry's ratio to its
 * compressed size must be within limits. Then every entry is inflated once as a stream, counting:
 * yauzl stops an entry that inflates past the size it declared, and XML entries are scanned for
 * how deep their elements nest. Over a limit: a FileProblem naming it.
 */
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { describeError } from '../util/errors.ts';
import { FileProblem, type SkipReason } from './warnings.ts';

export interface ArchiveLimits {
  /** Entries in the central directory. */
  entries: number;
  /** Bytes all entries inflate to, together. */
  uncompressedBytes: number;
  /** Uncompressed to compressed, per entry (entries under `ratioFloorBytes` are not judged). */
  ratio: number;
  ratioFloorBytes: number;
  /** Elements nested inside one another in an XML entry. */
  xmlDepth: number;
}

/** Far above any real Word document (tens of entries, a few MB of XML nested tens deep). */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  entries: 1_000,
  uncompressedBytes: 40 * 1024 * 1024,
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
  xmlDepth: 500,
};

export type ArchiveLimit = Extract<SkipReason, { code: 'archive-limit' }>['limit'];

const overLimit = (limit: ArchiveLimit, value: number, max: number) =>
  new FileProblem({ code: 'archive-limit', limit, value, max });

/**
 * Counts how deep XML elements nest, across chunks: `<name` opens one (unless it ends `/>`),
 * `</name` closes one; declarations, comments and processing instructions (`<!`, `<?`) do neither.
 */
class XmlDepth {
  depth = 0;
  deepest = 0;
  private inTag = false;
  private tagStart = false;
  private closing = false;
  private skipping = false;
  private previous = '';

  feed(chunk: Buffer): void {
    for (const byte of chunk) {
      const char = String.fromCharCode(byte);
      if (!this.inTag) {
        if (char === '<') {
          this.inTag = true;
          this.tagStart = true;
          this.closing = false;
          this.skipping = false;
        }
      } else if (this.tagStart) {
        this.tagStart = false;
        if (char === '/') this.closing = true;
        else if (char === '!' || char === '?') this.skipping = true;
      } else if (char === '>') {
        this.inTag = false;
        if (!this.skipping) {
          if (this.closing) this.depth = Math.max(0, this.depth - 1);
          else if (this.previous !== '/') this.deepest = Math.max(this.deepest, ++this.depth);
        }
      }
      this.previous = char;
    }
  }
}

const openZip = (bytes: Uint8Array): Promise<yauzl.ZipFile> =>
  new Promise((resolve, reject) =>
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true },
      (error, zip) => (error || !zip ? reject(error ?? new Error('not a zip file')) : resolve(zip)),
    ),
  );

const streamOf = (zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> =>
  new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) =>
      error || !stream ? reject(error ?? new Error('entry unreadable')) : resolve(stream),
    ),
  );

/** Every entry of the central directory, read without inflating anything. */
async function centralDirectory(zip: yauzl.ZipFile, limits: ArchiveLimits): Promise<yauzl.Entry[]> {
  if (zip.entryCount > limits.entries) throw overLimit('entries', zip.entryCount, limits.entries);
  const entries: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

/**
 * Throws a FileProblem when the archive is over a limit (`archive-limit`, naming it) or is not a
 * readable zip (`broken-docx`); resolves when mammoth may have it.
 */
export async function checkArchive(bytes: Uint8Array, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (error) {
    throw new FileProblem({ code: 'broken-docx', detail: describeError(error) });
  }
  try {
    const entries = await centralDirectory(zip, limits).catch((error: unknown) => {
      if (error instanceof FileProblem) throw error;
      throw new FileProblem({ code: 'broken-docx', detail: describeError(error) });
    });
    let total = 0;
    for (const entry of entries) {
      total += entry.uncompressedSize;
      if (total > limits.uncompressedBytes) throw overLimit('uncompressed', total, limits.uncompressedBytes);
      if (entry.uncompressedSize > limits.ratioFloorBytes) {
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (ratio > limits.ratio) throw overLimit('ratio', Math.round(ratio), limits.ratio);
      }
    }
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const depth = /\.(xml|rels)$/i.test(entry.fileName) ? new XmlDepth() : undefined;
      try {
        await pipeline(
          await streamOf(zip, entry),
          new Writable({
            write(chunk: Buffer, _encoding, done) {
              depth?.feed(chunk);
              done(
                depth && depth.deepest > limits.xmlDepth
                  ? overLimit('xml-depth', depth.deepest, limits.xmlDepth)
                  : null,
              );
            },
          }),
        );
      } catch (error) {
        if (error instanceof FileProblem) throw error;
        // yauzl stops an entry inflating past its declared size: that size was a lie.
        throw new FileProblem({ code: 'broken-docx', detail: describeError(error) });
      }
    }
  } finally {
    zip.close();
  }
}
