/**
 * Why a file was skipped or cut, and why the seeds folder could not be read: a code and its
 * parameters, never a sentence. Whoever shows one to a reader (/about, /documents, the terminal)
 * words it in the reader's language with `describeReason` (src/i18n/reasons.ts). The English
 * wording stays here, beside the reasons, because errors and logs speak English (the English
 * language pack takes it from here). A new reason is a new member of the union, one line below
 * and one in each other language pack's `reasons` (the compiler asks for all of them).
 */
import { describeError } from '../util/errors.ts';

/** Why one file (or a folder inside the seeds folder) was skipped, or indexed only in part. */
export type SkipReason =
  | { code: 'empty' }
  | { code: 'too-large'; megabytes: number }
  | { code: 'no-text' }
  | { code: 'binary' }
  | { code: 'not-utf8' }
  | { code: 'broken-pdf'; detail: string }
  | { code: 'broken-docx'; detail: string }
  | { code: 'broken-email'; detail: string }
  | { code: 'too-deep'; limit: number }
  /** An archive (.docx) over one of its limits, checked before it is inflated: the value found and the limit. */
  | { code: 'archive-limit'; limit: 'entries' | 'uncompressed' | 'ratio' | 'xml-depth'; value: number; max: number }
  | { code: 'unsupported-type'; extension: string }
  | { code: 'parse-timeout'; seconds: number; stage?: string }
  /** Reading it needed more memory than a parse worker has. */
  | { code: 'parse-memory'; megabytes: number }
  | { code: 'capped-characters'; limit: number }
  | { code: 'capped-terms'; limit: number }
  | { code: 'duplicate-id'; other: string }
  | { code: 'dot-file'; folder: boolean }
  | { code: 'symlink' }
  | { code: 'special-file'; kind: 'fifo' | 'socket' | 'device' | 'other' }
  | { code: 'unreadable'; errno: string; folder: boolean }
  /** The moderators' lexicon file (DATA_DIR/lexicon.yaml) cannot be used: the built-in one stays. */
  | { code: 'bad-lexicon'; detail: string }
  /** Anything else that went wrong while reading one file: the error's own words, untranslated. */
  | { code: 'failed'; detail: string };

/** A document indexed only in part, and why. */
export type CapReason = Extract<SkipReason, { code: 'capped-characters' | 'capped-terms' }>;

/** Why the seeds folder itself could not be read: nothing was loaded. */
export type FolderProblem = { code: 'seeds-missing' } | { code: 'seeds-unreadable'; errno: string };

export type Reason = SkipReason | FolderProblem;

/** Bytes as whole megabytes, for limits worded to a reader. */
export const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

export type ReasonWording = { [C in Reason['code']]: (reason: Extract<Reason, { code: C }>) => string };

/** The English wording of every reason. */
export const ENGLISH_REASONS: ReasonWording = {
  empty: () => 'empty file',
  'too-large': ({ megabytes }) => `larger than ${megabytes} MB`,
  'no-text': () => 'no readable text',
  binary: () => 'binary file (contains NUL bytes)',
  'not-utf8': () => 'not valid UTF-8 text',
  'broken-pdf': ({ detail }) => `broken PDF (${detail})`,
  'broken-docx': ({ detail }) => `broken Word document (${detail})`,
  'broken-email': ({ detail }) => `broken e-mail message (${detail})`,
  'too-deep': ({ limit }) => `HTML nested more than ${limit} elements deep`,
  'archive-limit': ({ limit, value, max }) =>
    ({
      entries: `an archive of ${value} files (at most ${max}): not inflated`,
      uncompressed: `an archive that inflates to more than ${mb(max)} MB: not inflated`,
      ratio: `an archive compressed ${value} to 1 (at most ${max} to 1): not inflated`,
      'xml-depth': `XML nested more than ${max} elements deep`,
    })[limit],
  'unsupported-type': ({ extension }) => `unsupported file type "${extension || '(none)'}"`,
  'parse-timeout': ({ seconds, stage }) =>
    `took longer than ${seconds} s to read${stage ? ` (stopped after ${stage})` : ''}: skipped`,
  'parse-memory': ({ megabytes }) => `needed more than ${megabytes} MB of memory to read: skipped`,
  'capped-characters': ({ limit }) => `indexed only in part: more than ${limit} characters of text`,
  'capped-terms': ({ limit }) => `indexed only in part: more than ${limit} distinct words`,
  'duplicate-id': ({ other }) => `same document id as ${other} (ids come from file names): rename one of them`,
  'dot-file': ({ folder }) => `hidden (the name starts with a dot)${folder ? ': folder not read' : ''}`,
  symlink: () => 'a symbolic link: links are not followed',
  'special-file': ({ kind }) =>
    `${{ fifo: 'a FIFO (named pipe)', socket: 'a socket', device: 'a device', other: 'not a regular file' }[kind]}, not a document`,
  unreadable: ({ errno, folder }) => `cannot read the ${folder ? 'folder' : 'file'} (${errno})`,
  'bad-lexicon': ({ detail }) => `lexicon not used: ${detail}; the built-in lexicon stays`,
  failed: ({ detail }) => detail,
  'seeds-missing': () => 'the seeds folder does not exist',
  'seeds-unreadable': ({ errno }) => `the seeds folder cannot be read (${errno})`,
};

/** A reason in English, for errors and logs. */
export const inEnglish = (reason: Reason): string =>
  (ENGLISH_REASONS[reason.code] as (reason: Reason) => string)(reason);

/** Thrown while reading or parsing one file; loadCorpus turns it into that file's warning. */
export class FileProblem extends Error {
  constructor(readonly reason: SkipReason) {
    super(inEnglish(reason));
  }
}

/** Thrown when the seeds folder itself cannot be read: a failure of the whole load, not a warning. */
export class FolderError extends Error {
  constructor(readonly problem: FolderProblem) {
    super(inEnglish(problem));
  }
}

/** An errno code (ENOENT, EACCES ...) when the error carries one. */
const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/** The reason behind anything thrown while one file was read or parsed. */
export function skipReasonOf(error: unknown): SkipReason {
  if (error instanceof FileProblem) return error.reason;
  const errno = errnoOf(error);
  // The code, not the message: the message repeats the absolute path, and /about shows warnings to everyone.
  if (errno && /^E[A-Z]+$/.test(errno)) return { code: 'unreadable', errno, folder: false };
  return { code: 'failed', detail: describeError(error) };
}

/** The seeds folder's problem from the error reading it. */
export const folderProblemOf = (error: unknown): FolderProblem => {
  const errno = errnoOf(error) ?? 'error';
  return errno === 'ENOENT' ? { code: 'seeds-missing' } : { code: 'seeds-unreadable', errno };
};
