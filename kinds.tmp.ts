import { loadDir, sessionsByLine, CORPUS_DIR } from './test/corpus/measure';
import { parsePlan } from './server/src/language/parser';
import { join } from 'node:path';
const set = process.argv[2] ?? 'plans';
let total = 0, ok = 0;
for (const p of loadDir(join(CORPUS_DIR, set))) {
  if (!p.expect) continue;
  const got = sessionsByLine(parsePlan(p.text));
  const lines = p.text.split(/\r?\n/);
  let bad = 0;
  for (const l of p.expect.lines) {
    total++;
    const a = (got.get(l.line) ?? []).map((s) => s.split(' ')[0]).sort().join(',');
    const b = l.sessions.map((s) => s.split(' ')[0]).sort().join(',');
    if (a === b) ok++; else { bad++; if (process.argv[3]) console.log(`${p.file}:${l.line}: ${lines[l.line-1].trim()}  got[${a}] want[${b}]`); }
  }
  console.log(p.file, bad);
}
console.log(`kinds agree on ${ok}/${total}`);
