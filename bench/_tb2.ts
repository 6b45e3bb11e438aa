import { readFileSync } from 'node:fs';
import Module from 'node:module';
const how = process.argv[2];
let e: any;
if (how === 'require') e = require('/tmp/prof/engine4.js');
else {
  const m = new Module('/tmp/prof/engine4.js');
  m.filename = '/tmp/prof/engine4.js';
  m.paths = (Module as any)._nodeModulePaths('/tmp/prof');
  (m as any)._compile(readFileSync('/tmp/prof/engine4.js', 'utf8'), '/tmp/prof/engine4.js');
  e = m.exports;
}
const text = readFileSync('/tmp/prof/plan52.hybrid', 'utf8');
const cold = () => { const f = e.parsePlan(text, { fresh: true }); return [e.checkPlan(f), e.computeTotals(f)]; };
for (let i = 0; i < 300; i++) cold();
const v: number[] = [];
for (let i = 0; i < 600; i++) { const t = performance.now(); cold(); v.push(performance.now() - t); }
v.sort((a, b) => a - b); console.log(how, 'cold median', v[300].toFixed(3), 'p10', v[60].toFixed(3));
