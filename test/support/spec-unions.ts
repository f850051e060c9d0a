// Rewrites the unions of Discord's OpenAPI schemas so that validation errors
// name the one branch a body was meant to be (same accepted bodies, clearer
// errors):
//   oneOf/anyOf [null, X]             -> if null then ok else X
//   oneOf/anyOf [A, B, ...] where every branch requires a `type` property
//   with disjoint enum/const values -> type must be one of them, and
//   if type in A's values then A, ...
// Unions that do not fit these shapes are left untouched.

type Schema = Record<string, any>;
type SchemaLookup = (ref: string) => Schema | undefined;

interface Branch {
  ref: string;
  values: unknown[];
}

/** Rewrites `root` in place (deeply) and returns it. */
export function discriminateUnions<T>(root: T, lookup: SchemaLookup): T {
  walk(root, lookup);
  return root;
}

function walk(node: unknown, lookup: SchemaLookup): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, lookup);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Schema;
  for (const value of Object.values(schema)) walk(value, lookup);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[keyword])) rewriteUnion(schema, keyword, lookup);
  }
}

function rewriteUnion(schema: Schema, keyword: 'oneOf' | 'anyOf', lookup: SchemaLookup): void {
  const members: Schema[] = schema[keyword];
  const nullable = members.some(isNullSchema);
  const others = members.filter((member) => !isNullSchema(member));
  if (others.length === 0 || (others.length === 1 && !nullable)) return;
  if ('if' in schema) return; // never clobber an existing if/then
  const replacement = others.length === 1 ? others[0] : discriminated(others, lookup);
  if (!replacement) return;
  delete schema[keyword];
  if (nullable) {
    Object.assign(schema, { if: { type: 'null' }, then: true, else: replacement });
  } else {
    schema.allOf = [...(schema.allOf ?? []), ...replacement.allOf];
  }
}

function isNullSchema(schema: Schema): boolean {
  return schema?.type === 'null' && Object.keys(schema).length === 1;
}

/** The if/then form of a union discriminated by `type`, or undefined. */
function discriminated(members: Schema[], lookup: SchemaLookup): Schema | undefined {
  const branches: Branch[] = [];
  for (const member of members) {
    const branch = branchOf(member, lookup);
    if (!branch) return undefined;
    branches.push(branch);
  }
  const all = branches.flatMap((branch) => branch.values);
  if (new Set(all).size !== all.length) return undefined; // overlapping values
  const guard = { type: 'object', required: ['type'], properties: { type: { enum: all } } };
  const cases = branches.map((branch) => ({
    if: { required: ['type'], properties: { type: { enum: branch.values } } },
    then: { $ref: branch.ref },
  }));
  return { allOf: [guard, ...cases] };
}

function branchOf(member: Schema, lookup: SchemaLookup): Branch | undefined {
  if (typeof member.$ref !== 'string' || Object.keys(member).length !== 1) return undefined;
  const target = lookup(member.$ref);
  const typeProperty = target?.properties?.type;
  if (!typeProperty || !target?.required?.includes('type')) return undefined;
  const values = Array.isArray(typeProperty.enum)
    ? typeProperty.enum
    : 'const' in typeProperty
      ? [typeProperty.const]
      : [];
  return values.length > 0 ? { ref: member.$ref, values } : undefined;
}
