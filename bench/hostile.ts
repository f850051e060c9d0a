/**
 * `npm run bench:hostile [-- --only name,name] [-- --timeout 120]`: the hostile seed set an attacker
 * or an unlucky operator could drop into seeds/ (huge e-mail-address text, 4.8 MB of distinct words,
 * binary, deeply nested HTML, one endless line, ...). Each file is loaded alone in a child process,
 * then all together, and the peak RSS of each load is reported; a load over the timeout is killed
 * and reported as such. Then the bot on the fake Discord gets `/documents add` of each file while a
 * member's /search arrives (bench/hostile-add.ts): how soon each is answered. Writes
 * bench/hostile-results.json.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { deepDocx, inflatingDocx, manyEntriesDocx } from '../test/support/zip-bombs.ts';
import { random } from './generate.ts';

const run = promisify(execFile);
const MB = 1024 * 1024;
const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const timeoutSeconds = Number(option('--timeout') ?? 180);
const only = option('--only')?.split(',');

/** Text of about `bytes` bytes made by repeating `piece(i)`. */
function repeatTo(bytes: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = piece(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

const next = random(13);
const word = (i: number) => `w${i.toString(36)}${'qxzjkv'[i % 6]}`;

/** A PDF of `count` pages of a few lines each: pdf.js takes far longer than the time budget. */
async function manyPages(count: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < count; i++) {
    const page = pdf.addPage([300, 200]);
    page.drawText(`Page ${i}: police cooperation ${word(i)} at the border`, { x: 10, y: 150, font, size: 8 });
  }
  return pdf.save();
}

/** Each hostile file: a name (the extension picks the reader) and its bytes. */
export const HOSTILE: Record<string, () => string | Uint8Array | Promise<Uint8Array>> = {
  'emails.txt': () => repeatTo(4.8 * MB, (i) => `officer.${word(i)}@police${i % 97}.example.cz, `),
  'emails-small.txt': () => repeatTo(256 * 1024, (i) => `officer.${word(i)}@police${i % 97}.example.cz, `),
  'distinct-words.txt': () => `Distinct words\n\n${repeatTo(4.8 * MB, (i) => `${word(i)} `)}`,
  'binary.txt': () => Uint8Array.from({ length: 4 * MB }, () => Math.floor(next() * 256)),
  'deep.html': () =>
    `<html><body>${'<div>'.repeat(100_000)}Deep text about police cooperation${'</div>'.repeat(100_000)}</body></html>`,
  'long-line.md': () => `# One line\n\n${'x'.repeat(4.8 * MB)}`,
  'headings.md': () => repeatTo(4 * MB, (i) => `# Heading ${word(i)}\n`),
  'table.html': () =>
    `<table>${repeatTo(4.5 * MB, (i) => `<tr><td>${word(i)}</td><td>+420 ${100000000 + i}</td></tr>`)}</table>`,
  'phones.txt': () =>
    repeatTo(2 * MB, (i) => `Tel.: +420 ${String(200000000 + i * 7).slice(0, 9)} Fax: +421 ${i % 1000} `),
  'nul-bytes.md': () => `# Title\n\n${'text \u0000 '.repeat(200_000)}`,
  // Zip bombs renamed .docx: what the archive limits stop before anything is inflated.
  'bomb-300k.docx': () => inflatingDocx(300 * MB),
  'bomb-1m.docx': () => inflatingDocx(1000 * MB),
  'bomb-lying-sizes.docx': () => inflatingDocx(300 * MB, 1000),
  'bomb-entries.docx': () => manyEntriesDocx(20_000),
  'bomb-deep.docx': () => deepDocx(100_000),
  'pages.pdf': () => manyPages(10_000),
};

interface Load {
  documents?: number;
  warnings?: string[];
  seconds?: number;
  peakRssMB?: number;
  error?: string;
}

async function load(dir: string): Promise<Load> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/hostile-load.ts', dir], {
      timeout: timeoutSeconds * 1000,
      maxBuffer: 64 * MB,
    });
    return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Load;
  } catch (error) {
    const failed = error as { killed?: boolean; stderr?: string; message: string };
    return {
      error: failed.killed
        ? `not done in ${timeoutSeconds} s (killed)`
        : (failed.stderr || failed.message).split('\n')[0],
    };
  }
}

/** bench/hostile-add.ts over a folder: one result per file, then the bot's peak RSS. */
async function addEach(dir: string): Promise<Record<string, unknown>[]> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/hostile-add.ts', dir], {
      timeout: timeoutSeconds * 1000 * 4,
      maxBuffer: 64 * MB,
    });
    return stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  } catch (error) {
    return [{ file: 'all', error: (error as Error).message.split('\n')[0] }];
  }
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'liaison-hostile-'));
  const all = join(root, 'all');
  await mkdir(all);
  const results: Record<string, Load & { megabytes: number }> = {};
  const names = Object.keys(HOSTILE).filter((name) => !only || only.includes(name));
  console.log(
    `hostile seeds: ${names.length} files, each alone then all together; timeout ${timeoutSeconds} s; node ${process.version}`,
  );
  for (const name of names) {
    const body = await HOSTILE[name]!();
    const alone = join(root, name.replace(/\W/g, '-'));
    await mkdir(alone);
    await writeFile(join(alone, name), body);
    await writeFile(join(all, name), body);
    const result = { megabytes: Number((body.length / MB).toFixed(2)), ...(await load(alone)) };
    results[name] = result;
    console.log(
      `  ${name.padEnd(20)} ${String(result.megabytes).padStart(5)} MB  ${result.error ?? `${result.seconds} s, peak RSS ${result.peakRssMB} MB, ${result.documents} doc(s)${result.warnings?.length ? `, skipped: ${result.warnings.join('; ')}` : ''}`}`,
    );
  }
  const together = await load(all);
  console.log(
    `  ${'all together'.padEnd(20)} ${together.error ?? `${together.seconds} s, peak RSS ${together.peakRssMB} MB, ${together.documents} documents`}`,
  );
  console.log("/documents add of each file on the fake Discord, a member's /search 300 ms later:");
  const added = await addEach(all);
  for (const line of added)
    console.log(
      'file' in line
        ? `  ${String(line.file).padEnd(22)} first answer ${line.firstAnswerMs} ms${line.deferred ? ' (deferred)' : ''}, final ${line.finalAnswerMs} ms, /search ${line.searchMs} ms: ${line.said}`
        : `  bot process peak RSS ${line.peakRssMB} MB`,
    );
  const path = new URL('./hostile-results.json', import.meta.url).pathname;
  await writeFile(
    path,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, timeoutSeconds, results, together, added }, null, 2)}\n`,
  );
  await rm(root, { recursive: true, force: true });
  console.log(`wrote ${path}`);
}

await main();
