// Validates request bodies the bot sends against Discord's own OpenAPI file
// (test/fixtures/discord-api-spec/openapi.json, or $DISCORD_API_SPEC), plus the
// documented rules the spec does not encode (see discord-rules.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { discordRuleViolations } from './discord-rules.ts';
import { discriminateUnions } from './spec-unions.ts';

export { discordRuleViolations } from './discord-rules.ts';

export interface BodyValidation {
  ok: boolean;
  errors: string[];
  operationId?: string;
}

interface SpecOperation {
  method: string;
  /** OpenAPI path template, e.g. `/interactions/{interaction_id}/{interaction_token}/callback`. */
  template: string;
  operationId: string;
  hasBody: boolean;
  bodyRequired: boolean;
}

/** What `expectValidDiscordBody` needs of a recorded request. */
export interface RequestLike {
  method: string;
  path?: string;
  route?: string;
  body?: unknown;
  bodyKind?: string;
}

type Schema = Record<string, any>;
type BodyKind = 'json' | 'multipart';

interface LoadedSpec {
  ajv: Ajv2020;
  operations: (SpecOperation & { segments: string[]; kinds: BodyKind[] })[];
  validators: Map<string, ValidateFunction>;
}

const DOC_ID = 'discord-spec';
const addFormats = addFormatsModule.default;
let loaded: LoadedSpec | undefined;

/** Location of openapi.json: $DISCORD_API_SPEC, else the copy kept in test/fixtures. */
function specLocation(): URL {
  const override = process.env.DISCORD_API_SPEC;
  if (override) return pathToFileURL(resolve(override));
  return new URL('../fixtures/discord-api-spec/openapi.json', import.meta.url);
}

/** The operation of the spec a concrete request path maps to. */
function findOperation(method: string, path: string): SpecOperation | undefined {
  const segments = toSegments(path);
  const candidates = spec().operations.filter(
    (operation) => operation.method === method.toUpperCase() && operation.segments.length === segments.length,
  );
  let best: { operation: LoadedSpec['operations'][number]; literals: number } | undefined;
  for (const operation of candidates) {
    const literals = matchLiterals(operation.segments, segments);
    if (literals !== undefined && (!best || literals > best.literals)) best = { operation, literals };
  }
  if (!best) return undefined;
  const { segments: _segments, kinds: _kinds, ...operation } = best.operation;
  return operation;
}

/** Validates `body` against the request-body schema of the operation `method path` maps to. */
export function validateRequestBody(method: string, path: string, body: unknown, kind?: BodyKind): BodyValidation {
  const operation = findOperation(method, path);
  if (!operation)
    return { ok: false, errors: [`no operation in Discord's spec for ${method.toUpperCase()} ${toRoute(path)}`] };
  const { operationId } = operation;
  if (body === undefined || body === null) {
    const errors = operation.bodyRequired ? ['a request body is required'] : [];
    return { ok: errors.length === 0, errors, operationId };
  }
  if (!operation.hasBody) return { ok: false, errors: [`${operationId} takes no request body`], operationId };
  const validate = validatorFor(operationId, kind);
  if (validate(body)) return { ok: true, errors: [], operationId };
  return { ok: false, errors: formatErrors(validate.errors ?? []), operationId };
}

/** Throws an Error listing every spec error and rule violation of a recorded request's body. */
export function expectValidDiscordBody(request: RequestLike): void {
  const path = request.path ?? request.route;
  if (!path) throw new Error('expectValidDiscordBody: the request has no path');
  const kind = request.bodyKind === 'multipart' ? 'multipart' : undefined;
  const result = validateRequestBody(request.method, path, request.body, kind);
  const problems = [...result.errors, ...discordRuleViolations(request.method, path, request.body)];
  if (problems.length === 0) return;
  const title = `${request.method.toUpperCase()} ${toRoute(path)}${result.operationId ? ` (${result.operationId})` : ''}`;
  const body = JSON.stringify(request.body, null, 2) ?? 'undefined';
  throw new Error(`Invalid Discord request ${title}:\n${problems.map((p) => `  - ${p}`).join('\n')}\nbody: ${body}`);
}

/** `/api/v10/a/%40original?x=1` -> `/a/@original` */
export function toRoute(path: string): string {
  return `/${toSegments(path).join('/')}`;
}

function toSegments(path: string): string[] {
  const withoutQuery = path.split('?')[0] ?? '';
  const segments = withoutQuery.split('/').filter(Boolean).map(decodeSegment);
  if (segments[0] === 'api') segments.shift();
  if (/^v\d+$/.test(segments[0] ?? '')) segments.shift();
  return segments;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchLiterals(template: string[], actual: string[]): number | undefined {
  let literals = 0;
  for (let i = 0; i < template.length; i++) {
    const expected = template[i]!;
    if (expected.startsWith('{') && expected.endsWith('}')) continue;
    if (expected !== actual[i]) return undefined;
    literals++;
  }
  return literals;
}

function validatorFor(operationId: string, kind: BodyKind | undefined): ValidateFunction {
  const { ajv, operations, validators } = spec();
  const kinds = operations.find((operation) => operation.operationId === operationId)?.kinds ?? [];
  const chosen = kind && kinds.includes(kind) ? kind : kinds[0]!;
  const key = `${operationId}/${chosen}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOC_ID}#/operations/${operationId}/${chosen}` });
    validators.set(key, validate);
  }
  return validate;
}

function formatErrors(errors: ErrorObject[]): string[] {
  const useful = errors.filter((error) => !['if', 'anyOf', 'oneOf', 'allOf'].includes(error.keyword));
  const lines = (useful.length > 0 ? useful : errors).map(formatError);
  return [...new Set(lines)];
}

function formatError(error: ErrorObject): string {
  const where = error.instancePath || '(body)';
  const params = error.params as Record<string, unknown>;
  let detail = '';
  if (params.allowedValues) detail = ` ${JSON.stringify(params.allowedValues)}`;
  if (params.additionalProperty) detail = ` (${String(params.additionalProperty)})`;
  return `${where} ${error.message ?? error.keyword}${detail}`;
}

function spec(): LoadedSpec {
  loaded ??= loadSpec();
  return loaded;
}

function loadSpec(): LoadedSpec {
  const location = specLocation();
  let document: Schema;
  try {
    document = JSON.parse(readFileSync(location, 'utf8'));
  } catch (error) {
    throw new Error(
      `Cannot read Discord's OpenAPI file at ${location.pathname} (set DISCORD_API_SPEC): ${String(error)}`,
      { cause: error },
    );
  }
  const schemas: Record<string, Schema> = document.components.schemas;
  patchKnownGaps(schemas);
  const { operations, bodies } = collectOperations(document);
  const lookup = (ref: string) => schemas[ref.replace('#/components/schemas/', '')];
  discriminateUnions(schemas, lookup);
  discriminateUnions(bodies, lookup);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('snowflake', /^(0|[1-9][0-9]*)$/);
  ajv.addFormat('nonce', true);
  ajv.addSchema({ $id: DOC_ID, components: { schemas }, operations: bodies });
  return { ajv, operations, validators: new Map() };
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function collectOperations(document: Schema) {
  const operations: LoadedSpec['operations'] = [];
  const bodies: Record<string, Partial<Record<BodyKind, Schema>>> = {};
  for (const [template, item] of Object.entries<Schema>(document.paths)) {
    for (const method of HTTP_METHODS.filter((name) => item[name])) {
      const operation: Schema = item[method];
      const content: Schema = operation.requestBody?.content ?? {};
      const body: Partial<Record<BodyKind, Schema>> = {};
      if (content['application/json']?.schema) body.json = content['application/json'].schema;
      if (content['multipart/form-data']?.schema) body.multipart = content['multipart/form-data'].schema;
      bodies[operation.operationId] = body;
      operations.push({
        method: method.toUpperCase(),
        template,
        operationId: operation.operationId,
        hasBody: Object.keys(body).length > 0,
        bodyRequired: operation.requestBody?.required === true,
        segments: template.split('/').filter(Boolean),
        kinds: Object.keys(body) as BodyKind[],
      });
    }
  }
  return { operations, bodies };
}

/**
 * The spec types `default_member_permissions` as an integer, but the API takes
 * (and discord.js sends) a decimal string: accept both.
 */
function patchKnownGaps(schemas: Record<string, Schema>): void {
  for (const schema of Object.values(schemas)) {
    const property = schema.properties?.default_member_permissions;
    if (property && Array.isArray(property.type) && property.type.includes('integer')) {
      schema.properties.default_member_permissions = {
        anyOf: [property, { type: 'string', pattern: '^[0-9]{1,20}$' }],
      };
    }
  }
}
