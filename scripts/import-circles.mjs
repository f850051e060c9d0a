#!/usr/bin/env node
// Import circles among the project's own TypeScript files, type-only imports included (a type
// import ties two modules as much as a value import does): `npm run lint` fails on any.
// Usage: node scripts/import-circles.mjs [DIR...] (default: src commands).
/* global process, console */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const roots = process.argv.length > 2 ? process.argv.slice(2) : ['src', 'commands'];

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.m?ts$/.test(name) && !name.endsWith('.d.ts')) files.push(resolve(path));
  }
};
for (const root of roots) if (existsSync(root)) walk(root);

const known = new Set(files);
/** The project file a relative specifier names, if any. */
const resolveSpecifier = (from, specifier) => {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')].find((c) => known.has(c));
};

const STATIC = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC = /import\(\s*['"]([^'"]+)['"]\s*\)/g;
const edges = new Map(
  files.map((file) => {
    const source = readFileSync(file, 'utf8');
    const targets = [...source.matchAll(STATIC), ...source.matchAll(DYNAMIC)]
      .map((match) => resolveSpecifier(file, match[1]))
      .filter(Boolean);
    return [file, new Set(targets)];
  }),
);

// Tarjan's strongly connected components, iteratively: a component of two or more files (or a
// file importing itself) is a circle.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const circles = [];
for (const start of files) {
  if (index.has(start)) continue;
  const work = [[start, [...edges.get(start)]]];
  index.set(start, counter);
  low.set(start, counter++);
  stack.push(start);
  onStack.add(start);
  while (work.length > 0) {
    const [node, pending] = work[work.length - 1];
    const next = pending.shift();
    if (next !== undefined) {
      if (!index.has(next)) {
        index.set(next, counter);
        low.set(next, counter++);
        stack.push(next);
        onStack.add(next);
        work.push([next, [...edges.get(next)]]);
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
      continue;
    }
    work.pop();
    if (work.length > 0) {
      const parent = work[work.length - 1][0];
      low.set(parent, Math.min(low.get(parent), low.get(node)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || edges.get(node).has(node)) circles.push(component);
    }
  }
}

for (const circle of circles) {
  const names = circle.map((file) => relative(process.cwd(), file)).sort();
  console.error(`import circle of ${circle.length}: ${names.join(', ')}`);
}
if (circles.length > 0) {
  console.error(`${circles.length} import circle(s): break each (README, "Layers").`);
  process.exit(1);
}
console.log(`no import circles among ${files.length} files`);
