// `hybrid export`: the calendar or the JSON model on stdout or into `-o <file>`; a plan without `start:` is one
// line on stderr and exit 2.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { run } from '../../../server/src/cli';

function cli(argv: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, { out: (text) => (out += text), err: (text) => (err += text), color: false, cwd });
  return { code, out, err };
}

describe('hybrid export', () => {
  let dir: string;
  let plan: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hybrid-export-'));
    plan = join(dir, 'week.hybrid');
    writeFileSync(plan, 'plan "Week"\nstart: 2026-12-07\nMon: gym lower heavy\nTue: run easy 40min pm\nWed: rest\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the calendar on stdout by default', () => {
    const { code, out, err } = cli(['export', plan], dir);
    assert.equal(err, '');
    assert.equal(code, 0);
    const events = new ICAL.Component(ICAL.parse(out)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    assert.deepEqual(
      events.map((event) => [event.summary, event.startDate.toString(), event.duration.toString()]),
      [
        ['Gym lower heavy', '2026-12-07T07:00:00', 'PT1H'],
        ['Run easy', '2026-12-08T18:00:00', 'PT40M'],
      ],
    );
  });

  it('writes JSON to -o <file>, relative to the working directory', () => {
    const { code, out, err } = cli(['export', '--format', 'json', '-o', 'week.json', plan], dir);
    assert.deepEqual([code, out, err], [0, '', '']);
    const exported = JSON.parse(readFileSync(join(dir, 'week.json'), 'utf8')) as { title: string; weeks: { totals: { gym: number; runs: number } }[] };
    assert.equal(exported.title, 'Week');
    assert.deepEqual([exported.weeks[0]!.totals.gym, exported.weeks[0]!.totals.runs], [1, 1]);
  });

  it('refuses a plan without start: in one line, exit 2', () => {
    writeFileSync(plan, 'Mon: gym\n');
    const { code, out, err } = cli(['export', '--format', 'ics', plan], dir);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.equal(
      err,
      `hybrid: ${plan}: The plan has no 'start:' date; add a line like 'start: 2026-12-07' (the Monday of week 1) to export it to a calendar.\n`,
    );
  });

  it('reports usage mistakes in one line, exit 2', () => {
    assert.deepEqual(cli(['export', '--format', 'pdf', plan], dir), {
      code: 2,
      out: '',
      err: "hybrid: Option '--format' must be one of ics, json, not 'pdf'\n",
    });
    assert.deepEqual(cli(['export', plan, plan], dir), { code: 2, out: '', err: "hybrid: 'hybrid export' takes exactly one file\n" });
    const unwritable = cli(['export', '-o', join(dir, 'missing', 'x.ics'), plan], dir);
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.err, /^hybrid: Cannot write '.*x\.ics': no such file or directory\n$/);
  });
});
