// Shared types of the fake Discord: recorded requests, replies and routes.
import type { IncomingHttpHeaders } from 'node:http';

export interface RecordedFile {
  /** Multipart field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface RecordedRequest {
  method: string;
  /** Raw path as sent, without the query, e.g. `/api/v10/webhooks/1/tok/messages/%40original`. */
  path: string;
  /** Path below `/api/v10`, percent-decoded, e.g. `/webhooks/1/tok/messages/@original`. */
  route: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; for multipart/form-data the parsed `payload_json` part. */
  body: unknown;
  /** `json`, `multipart` or `none`. */
  bodyKind: 'json' | 'multipart' | 'none' | 'other';
  files: RecordedFile[];
  /** HTTP status the fake answered with (set once answered). */
  status?: number;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface Reply {
  status: number;
  body?: unknown;
}

export type RouteParams = Record<string, string>;
export type RouteHandler = (request: RecordedRequest, params: RouteParams) => Reply | Promise<Reply>;

/** Matches a request: a predicate, or a method plus a route string/RegExp. */
export type RequestMatcher = ((request: RecordedRequest) => boolean) | { method?: string; route?: string | RegExp };

export function json(body: unknown, status = 200): Reply {
  return { status, body };
}

export function noContent(): Reply {
  return { status: 204 };
}

/** A Discord-style JSON error reply. */
export function discordError(status: number, code: number, message: string): Reply {
  return { status, body: { message, code } };
}

export function toPredicate(matcher: RequestMatcher): (request: RecordedRequest) => boolean {
  if (typeof matcher === 'function') return matcher;
  return (request) => {
    if (matcher.method && matcher.method.toUpperCase() !== request.method) return false;
    if (matcher.route === undefined) return true;
    return typeof matcher.route === 'string' ? matcher.route === request.route : matcher.route.test(request.route);
  };
}
