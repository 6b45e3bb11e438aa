// The walls of docs/architecture.md that are not a lint rule: no import cycle among the files of server/src,
// client/src and shared; the client reaches the server only through shared/; no method name is written as a string
// outside the protocol module.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const SOURCES = ['server/src', 'client/src', 'shared'];

function filesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path));
    else if (name.endsWith('.ts')) found.push(path);
  }
  return found;
}

/** Every relative import (static, re-export or type-only) of a file, resolved to a file of the repository. */
export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g)) {
    const target = resolve(dirname(file), match[1]!);
    const candidates = [`${target}.ts`, join(target, 'index.ts'), target];
    const hit = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (hit) found.push(hit);
  }
  return found;
}

const files = SOURCES.flatMap((folder) => filesUnder(join(ROOT, folder)));
const rel = (file: string): string => relative(ROOT, file);

/** Each import cycle of a graph, once, as `a → b → a`. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  return cycles;
}

describe('architecture: imports', () => {
  it('has no import cycle among the files of server/src, client/src and shared', () => {
    const graph = new Map(files.map((file) => [rel(file), importsOf(file).filter((target) => target.endsWith('.ts')).map(rel)]));
    assert.deepEqual(findCycles(graph), []);
  });

  it('the client imports nothing of the server but through shared/ (types of the engine only via the protocol)', () => {
    const reaching = files
      .filter((file) => rel(file).startsWith('client/src/'))
      .flatMap((file) => importsOf(file).filter((target) => rel(target).startsWith('server/')).map((target) => `${rel(file)} → ${rel(target)}`));
    assert.deepEqual(reaching, []);
  });

  it('writes no custom method name as a string outside shared/protocol.ts', () => {
    const literals = files
      .filter((file) => rel(file) !== 'shared/protocol.ts')
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'hybrid(?:\/[A-Za-z]+|\.server\.[A-Za-z]+)'/g)].map((match) => `${rel(file)}: ${match[0]}`));
    assert.deepEqual(literals, []);
  });

  it('the cycle check finds the cycle rules/config.ts ↔ rules/registry.ts had before the rule list moved out', () => {
    const before = new Map([
      ['rules/config.ts', ['rules/registry.ts', 'rules/types.ts']],
      ['rules/registry.ts', ['rules/config.ts', 'rules/hard-same-day.ts']],
      ['rules/hard-same-day.ts', ['rules/types.ts']],
    ]);
    assert.deepEqual(findCycles(before), ['rules/config.ts → rules/registry.ts → rules/config.ts']);
    const config = importsOf(join(ROOT, 'server/src/rules/config.ts')).map(rel);
    assert.ok(config.includes('server/src/rules/all.ts') && !config.includes('server/src/rules/registry.ts'));
  });
});
