// A tiny method + path-template router (`/channels/:channelId/messages`).
// Literal segments win over parameters when two templates match.
import type { RecordedRequest, Reply, RouteHandler, RouteParams } from './types.ts';

interface Route {
  method: string;
  segments: string[];
  handler: RouteHandler;
}

export class Router {
  private readonly routes: Route[] = [];

  on(method: string, template: string, handler: RouteHandler): this {
    this.routes.push({ method: method.toUpperCase(), segments: splitPath(template), handler });
    return this;
  }

  /** Runs the best matching handler, or returns undefined when none matches. */
  async handle(request: RecordedRequest): Promise<Reply | undefined> {
    const segments = splitPath(request.route);
    let best: { route: Route; params: RouteParams; literals: number } | undefined;
    for (const route of this.routes) {
      if (route.method !== request.method) continue;
      const match = matchSegments(route.segments, segments);
      if (match && (!best || match.literals > best.literals)) best = { route, ...match };
    }
    return best ? best.route.handler(request, best.params) : undefined;
  }
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

function matchSegments(template: string[], actual: string[]) {
  if (template.length !== actual.length) return undefined;
  const params: RouteParams = {};
  let literals = 0;
  for (let i = 0; i < template.length; i++) {
    const expected = template[i]!;
    const got = actual[i]!;
    if (expected.startsWith(':')) params[expected.slice(1)] = got;
    else if (expected === got) literals++;
    else return undefined;
  }
  return { params, literals };
}
