import { readFileSync, readdirSync } from 'node:fs';
import { parsePlan } from './server/src/language/parser';
const dir = process.argv[2];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.hybrid'))) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  const lines = text.split(/\r?\n/);
  const plan = parsePlan(text);
  for (const e of plan.syntaxErrors) if (!e.severity) console.log(`${f}:${e.range.start.line + 1}: ${lines[e.range.start.line].trim()}  ⟶  ${e.message}`);
}
