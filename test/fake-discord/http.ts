// HTTP front of the fake Discord: parses and records every /api request,
// applies injected failures and latency, routes it, and serves /files/*.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FileHost } from './files.ts';
import type { Router } from './router.ts';
import { toPredicate, type RecordedFile, type RecordedRequest, type Reply, type RequestMatcher } from './types.ts';

const API_PREFIX = '/api/v10';
const NOT_FOUND: Reply = { status: 404, body: { message: '404: Not Found', code: 0 } };

export interface InjectedFailure {
  matches: (request: RecordedRequest) => boolean;
  status: number;
  body: unknown;
  remaining: number;
}

export interface HttpFrontOptions {
  router: Router;
  files: FileHost;
  /** Called for every /api request when it arrives... */
  record: (request: RecordedRequest) => void;
  /** ...and once it has been answered. */
  answered: (request: RecordedRequest) => void;
  failures: InjectedFailure[];
  latencyMs: () => number;
  /** Delay between doing what a request asks and answering it. */
  answerDelayMs?: () => number;
}

export function createRequestListener(options: HttpFrontOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(options, req, res).catch((error: unknown) => {
      send(res, { status: 500, body: { message: `fake-discord crashed: ${String(error)}`, code: 0 } });
    });
  };
}

async function handle(options: HttpFrontOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake-discord.invalid');
  const raw = await readBody(req);
  if (url.pathname.startsWith('/files/')) return serveFile(options.files, url.pathname, res);

  const request = await parseRequest(req, url, raw);
  options.record(request);
  const latency = options.latencyMs();
  if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));

  const reply = takeFailure(options.failures, request) ?? (await route(options.router, request));
  // Done, not yet answered: a client killed now never learns what Discord did.
  const answerDelay = options.answerDelayMs?.() ?? 0;
  if (answerDelay > 0) await new Promise((resolve) => setTimeout(resolve, answerDelay));
  request.status = reply.status;
  send(res, reply);
  options.answered(request);
}

async function route(router: Router, request: RecordedRequest): Promise<Reply> {
  if (!request.path.startsWith(`${API_PREFIX}/`)) return NOT_FOUND;
  return (await router.handle(request)) ?? NOT_FOUND;
}

function takeFailure(failures: InjectedFailure[], request: RecordedRequest): Reply | undefined {
  const failure = failures.find((candidate) => candidate.remaining > 0 && candidate.matches(request));
  if (!failure) return undefined;
  failure.remaining--;
  if (failure.remaining === 0) failures.splice(failures.indexOf(failure), 1);
  return { status: failure.status, body: failure.body };
}

export function makeFailure(matcher: RequestMatcher, status: number, body: unknown, times: number): InjectedFailure {
  return { matches: toPredicate(matcher), status, body, remaining: times };
}

function send(res: ServerResponse, reply: Reply): void {
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status).end();
    return;
  }
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function serveFile(files: FileHost, path: string, res: ServerResponse): void {
  const file = files.lookup(path);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found');
    return;
  }
  res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.body.length }).end(file.body);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function parseRequest(req: IncomingMessage, url: URL, raw: Buffer): Promise<RecordedRequest> {
  const contentType = req.headers['content-type'] ?? '';
  const parsed = await parseBody(contentType, raw);
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    route: toRoute(url.pathname),
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    ...parsed,
    at: Date.now(),
  };
}

/** `/api/v10/webhooks/1/t/messages/%40original` -> `/webhooks/1/t/messages/@original` */
export function toRoute(pathname: string): string {
  const below = pathname.startsWith(`${API_PREFIX}/`) ? pathname.slice(API_PREFIX.length) : pathname;
  return below
    .split('/')
    .map((segment) => safeDecode(segment))
    .join('/');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

type ParsedBody = Pick<RecordedRequest, 'body' | 'bodyKind' | 'files'>;

async function parseBody(contentType: string, raw: Buffer): Promise<ParsedBody> {
  if (raw.length === 0) return { body: undefined, bodyKind: 'none', files: [] };
  if (contentType.startsWith('application/json')) {
    return { body: JSON.parse(raw.toString('utf8')), bodyKind: 'json', files: [] };
  }
  if (contentType.startsWith('multipart/form-data')) return parseMultipart(contentType, raw);
  return { body: raw.toString('utf8'), bodyKind: 'other', files: [] };
}

async function parseMultipart(contentType: string, raw: Buffer): Promise<ParsedBody> {
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  const files: RecordedFile[] = [];
  let body: unknown;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
      continue;
    }
    const data = Buffer.from(await value.arrayBuffer());
    files.push({ field, filename: value.name, contentType: value.type, size: data.length, data });
  }
  return { body, bodyKind: 'multipart', files };
}
