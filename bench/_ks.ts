import { generatePlan, renderHybrid } from '../bench/generate';
import { parsePlan } from '../server/src/language/parser';
import { checkPlan } from '../server/src/rules/registry';
import { computeTotals } from '../server/src/analysis/totals';
const text = renderHybrid(generatePlan(52, 42));
const lines = text.split('\n');
const dayLines = lines.flatMap((line, index) => (/^[A-Z][a-z]{2}:/.test(line) ? [index] : []));
let call = 0;
const next = () => { const e = lines.slice(); const l = dayLines[(call++ * 7919) % dayLines.length]; e[l] = `${e[l]} `; return e.join('\n'); };
const mode = process.argv[2] ?? 'ks';
const N = Number(process.argv[3] ?? 3000);
const parsed = parsePlan(text);
const op = mode === 'parse' ? () => parsePlan(next()) : mode === 'rules' ? () => checkPlan(parsed) : () => { const p = parsePlan(next()); checkPlan(p); computeTotals(p); };
for (let i = 0; i < 300; i++) op();
const v: number[] = []; const c0 = process.cpuUsage();
for (let i = 0; i < N; i++) { const t = performance.now(); op(); v.push(performance.now() - t); }
const cpu = process.cpuUsage(c0); v.sort((a, b) => a - b);
console.log(mode, 'median', v[N >> 1].toFixed(3), 'cpu/call', ((cpu.user + cpu.system) / 1000 / N).toFixed(3));
