// Issue 12, published wording: the words and punctuation of plans pasted from a page read as the sessions they
// describe, with exact kinds, values and ranges; a typo of a plan word still gets its did-you-mean as a quick fix.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import type { Session } from '../../../server/src/language/model';

import { clean, read } from './read';

function notation(session: Session): string {
  switch (session.kind) {
    case 'gym':
      return `gym ${session.focus} ${session.intensity}`;
    case 'run':
      return `run ${session.runType}`;
    case 'cross':
      return `cross ${session.activity} ${session.effort}`;
    case 'conditioning':
      return `conditioning ${session.style} ${session.effort}`;
    case 'sport':
      return `sport ${session.sport} ${session.effort}`;
    case 'event':
      return `event ${session.event} ${session.what?.value ?? ''}`.trim();
    default:
      return 'rest';
  }
}

function kinds(line: string): string[] {
  return clean(line).map(notation);
}

function cols(range: { start: { column: number }; end: { column: number } }): [number, number] {
  return [range.start.column, range.end.column];
}

describe('issue 12: published wording', () => {
  it('reads Tues, Thur, Thurs and Weds as weekdays', () => {
    const plan = parsePlan('Tues: run easy\nWeds: gym\nThur: bike\nThurs: rest');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(plan.weeks[0].days.filter((day) => day.sessions.length > 0).map((day) => day.weekday), [1, 2, 3]);
    assert.equal(plan.weeks[0].days[3].sessions.length, 2);
  });

  it("keeps the user's own words in a session whose kind is known, without an error", () => {
    const [run] = clean("Thu: 55-75' Z1 tech trail with vert");
    assert.equal(notation(run), 'run easy');
    assert.equal(run.attributes.duration?.value, 65);
    assert.equal(run.attributes.zone?.value, 1);
    assert.equal(run.text, "55-75' Z1 tech trail with vert");
    assert.deepEqual(kinds('Sat: 7:30 AM - 15 miles in North Kingstown'), ['run easy']);
  });

  it('still reports a near miss of a plan word, with the quick fix', () => {
    const { errors } = read('Tue: run tmepo 30min');
    assert.deepEqual(errors.map((e) => [e.message, cols(e.range), e.fixes?.[0]?.edits[0]?.newText]), [[`Unknown word 'tmepo' in a run — did you mean 'tempo'?`, [9, 14], 'tempo']]);
    const gym = read('Mon: gim upper');
    assert.deepEqual(gym.errors.map((e) => [e.message, cols(e.range), e.fixes?.[0]?.edits[0]?.newText]), [[`Unknown word 'gim' in a gym session — did you mean 'gym'?`, [5, 8], 'gym']]);
    assert.equal(notation(gym.sessions[0]), 'gym upper moderate');
  });

  it('never guesses a plan word for a word of prose (no misleading did-you-mean)', () => {
    // `at` is not 'am', `weight` is not 'light', `short` is not 'sport', `flat` is not anything.
    assert.deepEqual(kinds('Wed: a 30 minute marathon pace run at "intervals"'), ['run steady']);
    // (and the wall balls or burpees are the weights' finisher, a conditioning session of their own)
    assert.deepEqual(kinds('Fri: Full body weight, finish with wall balls or burpees'), ['gym full moderate', 'conditioning conditioning hard']);
    assert.deepEqual(kinds("Tue: 55-75' Z1 flat"), ['run easy']);
    const { errors } = read('Mon: short');
    assert.deepEqual(errors.map((e) => e.message), [`Unknown session 'short' — expected gym, run, rest, a cross-training (bike, swim, row, walk, hike, mobility, yoga), conditioning, a sport, a race or a test`]);
  });

  it('reads punctuation of prose as separators: footnote marks, full stops, colons, stray parentheses', () => {
    const [walk] = clean('Mon: Walk 30–60 min*');
    assert.equal(notation(walk), 'cross walk easy');
    assert.equal(walk.attributes.duration?.value, 45);
    assert.deepEqual(kinds('Tuesday: Run. Complete a one-mile run (and increase as the weeks go on).'), ['run easy']);
    assert.deepEqual(kinds('Mon: 5:45 AM - Treadmill: 9 mi'), ['run easy']);
    assert.deepEqual(kinds('Wed: Strength B (single‑leg + carries) + mobility'), ['gym full moderate', 'cross mobility easy']);
  });

  it('keeps a + in parentheses inside the aside', () => {
    const [brick] = clean('Thu: Brick (run + stations)');
    assert.equal(notation(brick), 'conditioning conditioning hard');
    assert.equal(brick.attributes.note?.value, 'run + stations');
    assert.deepEqual(cols(brick.attributes.note!.range), [11, 27]);
    assert.deepEqual(kinds('Thu: xtrain (cardio + strength training) + bike'), ['cross cross easy', 'cross bike easy']);
  });

  it('reads a clock time with am or pm as a start time without @', () => {
    const [run] = clean('Mon: 5:45 AM - Treadmill: 9 mi');
    assert.deepEqual(run.attributes.time?.value, { clockMinutes: 345, period: 'am' });
    assert.deepEqual(cols(run.attributes.time!.range), [5, 12]);
    assert.deepEqual(clean('Tue: run easy 6pm')[0].attributes.time?.value, { clockMinutes: 18 * 60, period: 'pm' });
    // Without am or pm a clock time is still ambiguous: the '@' fix stays.
    const { errors } = read('Mon: run 7:30');
    assert.deepEqual(errors.map((e) => e.fixes?.[0]?.edits[0]?.newText), ['@7:30']);
  });

  it('reads a run/walk ratio as how the run is done, not as its length', () => {
    const [run] = clean('Wed: marathon pace run 30 min, run 2:30 / walk 1 min');
    assert.equal(notation(run), 'run steady');
    assert.equal(run.attributes.duration?.value, 30);
    const [ratio] = clean('Fri: 45-55 minutes of marathon pace run at "intervals" of 2:30 running and 1 min walking');
    assert.equal(ratio.attributes.duration?.value, 50);
    assert.deepEqual(kinds('Mon: walk 5min, run 2x(90s run 90s walk)'), ['run easy']);
  });

  it('reads a comma before a session of another kind as + (a warning with the fix), and pieces of one run as one', () => {
    const plan = parsePlan('Day 3: ME lower body, speed/interval work');
    assert.deepEqual(plan.syntaxErrors.map((e) => [e.message, e.severity, cols(e.range), e.fixes?.[0]?.edits[0]?.newText]), [
      [`Separate the sessions of one day with '+', not ',' — read as two sessions`, 'warning', [20, 21], ' +'],
    ]);
    assert.deepEqual(plan.weeks[0].days[2].sessions.map(notation), ['gym lower heavy', 'run intervals']);
    const [run] = clean('Tues: Jog 5mins, run 10mins steady, jog 5mins, run 10mins steady, jog 5mins easy');
    assert.equal(notation(run), 'run steady');
    assert.equal(run.attributes.duration?.value, 35);
    assert.deepEqual(kinds('Mon: 5x5 bench, incline DB, & dips'), ['gym full moderate']);
  });

  it('joins sessions with then, followed by and finish with', () => {
    assert.deepEqual(kinds('Tue: 5x5 squats followed by 45 minutes of speed work (pace varies)'), ['gym full moderate', 'run intervals']);
    assert.deepEqual(kinds('Tue: Full body weights, finish with ERG'), ['gym full moderate', 'cross row hard']); // an erg finisher is hard (issue 13, verbatim)
    assert.deepEqual(kinds('Wed: gym upper then run easy 20min'), ['gym upper moderate', 'run easy']);
    assert.deepEqual(kinds('Tue: short, intense sprints and lifting'), ['run intervals', 'gym full moderate']);
    // More of the same session after the word: nothing is split.
    const [run] = clean('Sat: run 20 min then 4 x 1 min fast');
    assert.equal(notation(run), 'run tempo');
    assert.deepEqual(kinds('Sun: run 20 min then stretch'), ['run easy', 'cross mobility easy']);
  });

  it('reads a brick as the sessions it names, one after the other', () => {
    const [bike, run] = clean('Sat: brick - bike 45 min / run 30 min');
    assert.deepEqual([notation(bike), bike.attributes.duration?.value, notation(run), run.attributes.duration?.value], ['cross bike easy', 45, 'run easy', 30]);
    assert.deepEqual(kinds('Wed: brick: 30 min bike followed directly by 10 min run'), ['cross bike easy', 'run easy']);
    // A spaced '/' between two of one kind offers alternatives, and with a rest day too: the first counts.
    assert.deepEqual(kinds('Fri: bike 30 min / row 30 min'), ['cross bike easy']);
    assert.deepEqual(kinds('Fri: rest / walk 30 min'), ['rest']);
    // A brick without named sessions is a conditioning session.
    assert.deepEqual(kinds('Thu: brick'), ['conditioning conditioning hard']);
  });

  it('reads run/walk ratios: 1/1x10, repeat for, and xN', () => {
    assert.deepEqual(clean('Day 1: 1/1x10').map((s) => [notation(s), s.attributes.duration?.value]), [['run easy', 20]]);
    assert.deepEqual(clean('Day 1: Run 1 minute, walk 1.5 minutes. Repeat for 20-25 minutes.').map((s) => [notation(s), s.attributes.duration?.value]), [['run easy', 22.5]]);
    assert.deepEqual(clean('Mon: run 1 min walk 2 min x8').map((s) => s.attributes.duration?.value), [24]);
  });

  it('reads body-part days, sets without reps, yards and a long run with quality work', () => {
    assert.deepEqual(kinds('Mon: Chest,abs'), ['gym upper moderate']);
    assert.deepEqual(kinds('Wed: Biceps and Back, obliques'), ['gym upper moderate']);
    const [gym] = clean('Wed: deadlift 3 sets heavy, overhead press 3 sets heavy');
    assert.deepEqual(gym.kind === 'gym' && gym.exercises.map((e) => [e.name, e.sets, e.reps]), [['deadlift', 3, undefined], ['overhead press', 3, undefined]]);
    assert.ok(Math.abs((clean('Sat: swim 700 yd')[0].attributes.distance?.value ?? 0) - 0.64008) < 1e-9);
    const [long] = clean('Sat: long threshold run');
    assert.deepEqual([notation(long), long.attributes.effortTarget?.value], ['run long', 'threshold']);
    assert.deepEqual(kinds('Mon: crossfit - moderate strength / high intensity metcon'), ['conditioning crossfit hard']);
  });

  it('reads a second time of day as the start of the day\'s second session', () => {
    const sessions = clean('Monday: AM - 4 mile run PM- circuit');
    assert.deepEqual(sessions.map((s) => [notation(s), s.attributes.time?.value.period]), [['run easy', 'am'], ['conditioning circuit hard', 'pm']]);
    assert.deepEqual(sessions.map((s) => s.text), ['AM - 4 mile run', 'PM- circuit']);
    // A misspelt plan word is still a typo; a word of prose (`best`, not 'rest') is not. A misspelt run word in a run
    // says nothing new: read, with a warning (language-decisions.md, "Typos whose meaning is plain").
    // (The best-effort mile is a run of its own, the circuit after it a session of its own: issue 13, verbatim.)
    const rune = read('Fri: AM - 12 mile bike ride PM - 1 mile rune best effort circuit');
    assert.deepEqual(rune.errors.map((e) => [e.message, e.severity]), [[`Unknown word 'rune' in a run — read as 'run'`, 'warning']]);
    // A near miss of a run word is a typo only right after a run's distance: `5 miles in the sun` is prose.
    assert.deepEqual(read('Sat: 5 miles in the sun').errors, []);
  });

  it('reads the unit after one word of the run, and Pfitzinger\'s GA and MLR as aerobic running', () => {
    const [run] = clean('Tuesday: 6 Recovery miles to start my running week');
    assert.deepEqual([notation(run), Math.round((run.attributes.distance?.value ?? 0) * 1000) / 1000], ['run recovery', 9.656]);
    assert.deepEqual(kinds('Thursday: 9 miles GA'), ['run easy']);
    assert.deepEqual(kinds('Wed: 14 mi MLR'), ['run easy']);
  });

  it('reads rest after a time as the recovery of a repeat, and N x before words as a count', () => {
    const [run] = clean('Mon: 2 x max effort 1 mile, 5 min rest');
    assert.equal(run.kind, 'run');
    assert.equal(run.attributes.duration, undefined);
    assert.ok(Math.abs((run.attributes.distance?.value ?? 0) - 1.609344) < 1e-9);
  });

  it('reads rep ladders as reps in gym and conditioning sessions', () => {
    const [gym, wod] = clean('Wed: strict press 1-1-1-1-1 + 21-15-9 chinups, situps');
    assert.equal(gym.kind === 'gym' && gym.exercises[0].sets, 5);
    assert.equal(gym.kind === 'gym' && gym.exercises[0].reps, 1);
    assert.equal(wod.kind, 'gym');
  });

  it('reads a pace range named as a target, and a time with an easy effort or a zone as a run', () => {
    const [run] = clean('Tue: 14 miles GA outside - target 7:40-7:45 pace');
    assert.equal(notation(run), 'run easy');
    assert.deepEqual(kinds('Tue: 30 min easy'), ['run easy']);
    assert.deepEqual(kinds('Wed: 40 min z2'), ['run easy']);
    // A day of a time alone is a run (language-decisions.md, "A day of only a time, a type and a bare number, a share
    // of the maximum heart rate"); after another session it still names nothing.
    assert.deepEqual(kinds('Wed: 40 min'), ['run easy']);
    assert.deepEqual(read('Wed: gym upper + 40 min').errors.map((e) => e.message), [`Expected a session (gym, run, rest, bike, …) before '40'`]);
  });

  it('reads plurals and compounds of session words', () => {
    assert.deepEqual(kinds('Mon: longer endurance runs'), ['run easy']);
    assert.deepEqual(kinds('Friday: Strength-Building'), ['gym full moderate']);
    assert.deepEqual(kinds('Tue: threshold intervals + Ski/Row technique'), ['run intervals', 'cross row easy']);
    assert.deepEqual(kinds('Fri: combo or pickup'), ['sport pickup hard']);
    // An exercise stays an exercise: `rows` is not a rowing session.
    assert.deepEqual(kinds('Thu: 5x5 deadlift, 1 arm DB rows, chins'), ['gym full moderate']);
  });

  it('makes the did-you-mean of a statement word a quick fix', () => {
    const fix = (line: string): [string, string | undefined][] => read(line).errors.map((e) => [e.message, e.fixes?.[0]?.edits[0]?.newText]);
    assert.deepEqual(fix('Tuse: run'), [[`Unknown weekday 'Tuse' — did you mean 'Tue'?`, 'Tue']]);
    assert.deepEqual(fix('wek 3'), [[`Unknown word 'wek' — did you mean 'week'?`, 'week']]);
    assert.deepEqual(fix('strat: 2026-12-07'), [[`Unknown word 'strat' — did you mean 'start'?`, 'start']]);
  });

  it('gives a number without a unit one error with a fix for each unit', () => {
    const { errors, sessions } = read('Mon: run 45');
    assert.deepEqual(errors.map((e) => [cols(e.range), e.fixes?.map((fix) => fix.edits[0]?.newText)]), [[[9, 11], ['45min', '45km', '45mi']]]);
    assert.equal(sessions.length, 1);
  });

  it('reads a log\'s number without a unit as miles, with a warning and a fix for each unit', () => {
    const { errors, sessions } = read('Wednesday: 14 A very early morning MLR at low end of GA range.');
    assert.deepEqual(
      errors.map((e) => [e.message, e.severity, cols(e.range), e.fixes?.map((fix) => fix.edits[0]?.newText)]),
      [[`'14' has no unit — read as 14 miles; write '14mi', '14km' or '14min'`, 'warning', [11, 13], ['14mi', '14km', '14min']]],
    );
    assert.deepEqual([notation(sessions[0]), Math.round((sessions[0].attributes.distance?.value ?? 0) * 1000) / 1000], ['run easy', 22.531]);
    // A written distance replaces the log's number, and then nothing needs a warning.
    const [logged] = clean('Thursday: 4 Parent Running Day: 3.65 miles in 25 mins');
    assert.ok(Math.abs((logged.attributes.distance?.value ?? 0) - 3.65 * 1.609344) < 1e-9);
    // Past 30 a number is more likely minutes: still an error.
    assert.equal(read('Mon: run 45').errors[0].severity, undefined);
  });

  it('reads the parts of a whole session in its unit: they split it, not add to it', () => {
    const [run] = clean('Tue: run 40 mins, 20 easy / 20 harder');
    assert.equal(run.attributes.duration?.value, 40);
    const [miles] = clean('Sat: run 6 miles, 3 easy 3 steady');
    assert.ok(Math.abs((miles.attributes.distance?.value ?? 0) - 6 * 1.609344) < 1e-9);
  });

  it('resolves a published run word beside another run word, and keeps two type words an error', () => {
    const [mlr] = clean('Wed: 14 mile medium long run fast finish');
    assert.deepEqual([mlr.kind === 'run' && mlr.runType], ['steady']);
    const [long] = clean('Sun: 20 mile LR fast finish');
    assert.deepEqual([long.kind === 'run' && long.runType], ['long']);
    assert.deepEqual(read('Mon: run easy long').errors.map((e) => e.message), [`A run has one type — 'easy' is already given`]);
  });

  it('reads ladders, counts, intervals of seconds, sprints in metres and a wheelchair push', () => {
    const [shuttles] = clean('Day 2: shuttle sprints 5,10,15 meter x6 on 30sec');
    assert.equal(shuttles.kind === 'run' && shuttles.runType, 'intervals');
    assert.deepEqual(kinds('Wed: track - 4 laps warm up, work on starts, 4 lap warm down'), ['run intervals']);
    assert.deepEqual(kinds('Wed: full body strength 3 rounds 30sec on 20sec rest: squat jumps, press ups'), ['gym full moderate']);
    const [sprint] = clean('Tue: 60m sprint');
    assert.equal(sprint.attributes.distance?.value, 0.06);
    const [ladder] = clean('Wed: running at the track, 100m up to 300m');
    assert.deepEqual(ladder.attributes.distance?.span, { low: 0.1, high: 0.3 });
    const [push] = clean('Mon: 10 mile push');
    assert.equal(push.kind, 'run');
    assert.deepEqual(kinds('Mon: sled push 4x25m'), ['gym full moderate']);
  });

  it('reads the words of team-sport, para and Pfitzinger plans', () => {
    assert.deepEqual(kinds('Mon: Gym Session + Field Session'), ['gym full moderate', 'sport field session hard']);
    assert.deepEqual(kinds('Tue: hard session on rollers'), ['cross bike hard']);
    assert.deepEqual(kinds('Thu: 30 min handcycle'), ['cross bike easy']);
    assert.deepEqual(kinds('Thu: BWF'), ['gym full moderate']);
    assert.deepEqual(kinds('Day 3: 15min skipping'), ['conditioning conditioning easy']);
    assert.deepEqual(kinds('Tue: mixed aerobic session'), ['cross cross easy']);
    assert.deepEqual(kinds('Wed: 2 miles easy off road'), ['run easy']);
    assert.deepEqual(kinds('Fri: VO2max 8 mi w/ 5x600m'), ['run intervals']);
  });

  it('reads minutes and seconds, run/walk parts, one-set holds and team-sport power words', () => {
    const [walk] = clean('Thu: 5-minute brisk walk, 1-minute jogging/running and 1:30 minutes of walking.');
    assert.deepEqual([walk.kind, walk.attributes.duration?.value], ['run', 7.5]);
    const [cardio] = clean('Sun: cardio 1 x 5:00');
    assert.equal(cardio.attributes.repeats?.value.eachMinutes, 5);
    const [core] = clean('Tue: sit ups x 30, plank 60s, farmers carry 50m');
    assert.deepEqual(core.kind === 'gym' && core.exercises.map((e) => [e.name, e.sets, e.seconds, e.metres]), [['sit ups', undefined, undefined, undefined], ['plank', 1, 60, undefined], ['farmers carry', 1, undefined, 50]]);
    assert.deepEqual(kinds('Mon: Gym - Lower Power'), ['gym lower moderate']);
    assert.deepEqual(kinds('Tue: 1 x power endurance'), ['conditioning conditioning hard']);
    assert.deepEqual(kinds('Wed: lifted weights for 30 minutes + stairs + StairMaster for an hour'), ['gym full moderate', 'conditioning conditioning hard', 'cross cross easy']);
    assert.deepEqual(kinds('Fri: unit skills + kicking'), ['sport skills easy', 'sport kicking easy']);
  });

  it('reads pushing and pulling as upper-body work, a conversational pace, and two minute marks as seconds', () => {
    assert.deepEqual(kinds('Fri: upper - bench, rows, pull ups, dips'), ['gym upper moderate']);
    assert.deepEqual(read('Mon: gym upper lower').errors.map((e) => e.message), [`A gym session has one focus — 'upper' is already given`]);
    const [long] = clean('Sat: long run 90 min @ conversational pace');
    assert.equal(long.attributes.effortTarget?.value, 'easy');
    const [easy] = clean(`Sat: 60' easy, 6 x 20'' hill sprints`);
    assert.deepEqual([easy.attributes.duration?.value, easy.attributes.repeats?.value], [60, { count: 6, eachMinutes: 20 / 60 }]);
  });

  // language-decisions.md, "More published wording (issue 12, 2026-12-02)".
  it('reads parts after a colon, whole-minute paces, runs that are tests, recovery days that run, rest inside a session, EZ', () => {
    const [tempo] = clean('Day 3: tempo run: 1 mile easy, 3 miles @ 8 min/mile, 1 mile easy');
    assert.deepEqual([notation(tempo), Math.round((tempo.attributes.distance?.value ?? 0) * 1000) / 1000], ['run tempo', 8.047]);
    assert.deepEqual(tempo.attributes.pace?.value, { secondsPerKm: 480 / 1.609344, per: 'mi' });
    assert.deepEqual(clean('Mon: run 5km @ 5 min/km')[0].attributes.pace?.value, { secondsPerKm: 300, per: 'km' });
    assert.deepEqual(read('Mon: run @ 8').errors.map((e) => e.message), [`'8' is ambiguous — write @08:00, or add am or pm`]);
    assert.equal(clean('Sat: parkrun: 5km')[0].attributes.distance?.value, 5);
    assert.deepEqual(kinds('Mon: 3 mile ruck run assessment'), ['event test run']);
    assert.deepEqual(kinds('Wed: 2 mile run test'), ['event test run']);
    assert.deepEqual(kinds('Sun: run race 10km'), ['run race']);
    assert.deepEqual(kinds('Day 7: recovery day of 4 easy miles (6.5 km)'), ['run recovery']);
    assert.deepEqual(kinds('Sun: recovery day'), ['rest']);
    assert.deepEqual(kinds('Friday: heavy deadlifts and a short sprint/long rest workout'), ['gym full heavy']);
    const [sprints] = clean('Tue: hill sprints, rest 2 min');
    assert.deepEqual([notation(sprints), sprints.attributes.duration], ['run hills', undefined]);
    const [ez] = clean('Sun: 35-40 min EZ');
    assert.deepEqual([notation(ez), ez.attributes.duration?.value], ['run easy', 37.5]);
    assert.deepEqual(kinds('Fri: moderate pace distance run'), ['run steady']);
    assert.deepEqual(kinds('Sun: optional crosstraining 30-45 minutes'), ['cross cross easy']);
    assert.deepEqual(kinds('Day 2: station strength: sled push 6 x 25m, wall balls 3 x 25 reps'), ['conditioning conditioning hard']);
    // A WOD's stations after commas (exercises, a distance first) stay in the WOD; `power cleans`, `pull-ups` are exercises.
    assert.deepEqual(kinds('Tue: longer WOD: power cleans, pull-ups, 200m running'), ['conditioning crossfit hard']);
    assert.deepEqual(clean('Mon: pull-ups 3x10')[0].kind === 'gym' && (clean('Mon: pull-ups 3x10')[0] as { exercises: { name: string }[] }).exercises.map((e) => e.name), ['pull-ups']);
    assert.deepEqual(kinds('Mon: power clean 5x3'), ['gym full moderate']);
    // Track sessions, `then` parts, `easy long run`, reps per set.
    assert.deepEqual(kinds('Tue: 800 jog, mcmillan warm-up'), ['run easy']);
    assert.equal(clean('Fri: tempo 500, 400, 300, 200, 100')[0].attributes.distance, undefined);
    assert.deepEqual(kinds('Thu: 4 x 200 @ mile pace, r= 200 walk-jog'), ['run easy']);
    assert.deepEqual(kinds('Sat: 5 miles walk'), ['cross walk easy']);
    assert.deepEqual(read('Mon: run 120').errors.map((e) => e.message), [`'120' needs a unit — minutes (45min), hours (1h), or a distance (10km, 800m, 6mi)`]);
    assert.deepEqual(kinds('Tue: 20 min of AT running @ track'), ['run intervals']);
    assert.deepEqual(read('Tue: run @ threshhold').errors.map((e) => e.message), [`Expected a time after '@', like @07:00 or @7am — or a pace (@5:00/km) or an effort (@ threshold)`]);
    const [hills] = clean('Day 5: hills 2km warmup then 4km up and down hills then 2km jog');
    assert.deepEqual([notation(hills), hills.attributes.distance?.value], ['run hills', 8]);
    assert.deepEqual(kinds('Sat: 45 min easy long run'), ['run long']);
    assert.deepEqual(read('Sat: run easy long').errors.map((e) => e.message), [`A run has one type — 'easy' is already given`]);
    const [lift] = clean('Thu: weights: clean 4x3, squat 4,4,3');
    assert.deepEqual(lift.kind === 'gym' && lift.exercises.map((e) => [e.name, e.sets, e.reps]), [['clean', 4, 3], ['squat', 3, 3.5]]);
    assert.deepEqual(clean('Wed: 25 min easy, including 4 to 6 brisker efforts of 60 seconds duration')[0].attributes.duration?.value, 25);
    assert.deepEqual(kinds('Sat: COMPETITION'), ['event race']);
    assert.deepEqual(kinds('Day 2: 20min cross fit gym session'), ['conditioning crossfit hard']);
    assert.deepEqual(kinds('Day 3: 6 x 100 at max speed + weight work'), ['run intervals', 'gym full moderate']);
    // Percentages of effort; prose words get no did-you-mean.
    assert.deepEqual(kinds('Tue: run 6x400m at 90% effort'), ['run easy']);
    assert.deepEqual(kinds('Mon: AM - 5 mile run PM - 1 mile best effort working at 100 % of your capability Circuit'), ['run easy', 'run easy', 'conditioning circuit hard']);
    assert.deepEqual(read('Mon: run 80%').errors.map((e) => e.message), [`A load like '80%' belongs to an exercise, e.g. [squat 5x5 @80%]`]);
    assert.deepEqual(kinds('Tue: gym upper at night'), ['gym upper moderate']);
    assert.deepEqual(kinds('Wed: run easy working on form'), ['run easy']);
    assert.deepEqual(read('Mon: gym upper, 30 min easy').sessions.map(notation), ['gym upper moderate', 'run easy']);
  });
});

describe('published wording: one running practice a day line (issue 12, 2 December)', () => {
  it('reads the runs of a day line without times of their own as the parts of one run', () => {
    const line = `Thursday: 800 jog + dynamic warm-up & speed ladder + light aerobic running + 4 x 200 @ mile pace, r= 200 walk-jog + hip work and/or mcmillan core`;
    const [run, core] = clean(line);
    assert.deepEqual([notation(run), notation(core)], ['run intervals', 'gym core moderate']);
    assert.equal(run.text, `800 jog + dynamic warm-up & speed ladder + light aerobic running + 4 x 200 @ mile pace, r= 200 walk-jog`);
    assert.deepEqual(run.range, { start: { line: 0, column: 10 }, end: { line: 0, column: 113 } });
    // Times and distances of the parts add up; strides of a part stay with the run.
    const [added] = clean('Tue: jog 20min + tempo 3km + 6 strides');
    assert.deepEqual([notation(added), added.attributes.duration?.value, added.attributes.distance?.value, added.attributes.strides?.value], ['run tempo', 20, 3, { count: 6 }]);
    // The canonical form keeps its meaning: `+` between two `run …` sessions is two sessions.
    assert.deepEqual(kinds('Sun: run intervals 6x800m + run long 10mi'), ['run intervals', 'run long']);
    // A drill piece between two runs (no time of its own) is part of the practice.
    assert.deepEqual(kinds('Wed: 400 jog + aerobic running + hurdle walkovers + barefoot strides on grass'), ['run easy']);
    assert.deepEqual(kinds('Mon: dynamic warm-up + light aerobic running + 6-8 x technique strides on grass'), ['run easy']);
    // Runs with their own times stay two outings; a run after another kind is its own session.
    assert.deepEqual(kinds('Mon: run easy 5km am + run intervals 6x400m pm'), ['run easy', 'run intervals']);
    assert.deepEqual(kinds('Mon: run easy 5km + gym upper + run intervals 6x400m'), ['run easy', 'gym upper moderate', 'run intervals']);
  });

  it('reads a bare warm-up before a session of another kind as its start', () => {
    const [gym] = clean('Wednesday: warm up and drills, then lower body workout in the weight room');
    assert.deepEqual([notation(gym), gym.text], ['gym lower moderate', 'warm up and drills, then lower body workout in the weight room']);
    // A warm-up with a time of its own is a run.
    assert.deepEqual(kinds('Mon: warm-up 10 min + gym upper'), ['run easy', 'gym upper moderate']);
  });

  it('reads a time of day in brackets, and a spaced clock time with am or pm after @', () => {
    const [gym, run] = clean('Day 2: (AM) 20min cross fit gym session (PM) intervals 400x3, 200x2');
    assert.deepEqual([notation(gym), gym.attributes.time?.value, gym.text], ['conditioning crossfit hard', { period: 'am' }, '(AM) 20min cross fit gym session']);
    assert.deepEqual([notation(run), run.attributes.time?.value, run.text], ['run intervals', { period: 'pm' }, '(PM) intervals 400x3, 200x2']);
    assert.deepEqual(clean('Sat: race 5k @ 9:00 AM')[0].attributes.time?.value, { clockMinutes: 540, period: 'am' });
    assert.deepEqual(clean('Sat: run easy @ 6:30 pm')[0].attributes.time?.value, { clockMinutes: 1110, period: 'pm' });
    // `w5k @ 9:00 AM / m8k @ 9:30 AM`: start times of alternatives after a spaced '/' (the first counts).
    const [race, strength] = clean('Saturday: COMPETITION, w5k @ 9:00 AM / m8k @ 9:30 AM + general strength');
    assert.deepEqual([notation(race), race.attributes.time?.value, notation(strength)], ['event race', { clockMinutes: 540, period: 'am' }, 'gym full moderate']);
    assert.deepEqual(read('Sat: run easy @ 9:00 AM @ 9:30 AM').errors.map((e) => e.message), ['Time of day given twice — each attribute at most once per session']);
  });
});

describe("published wording: sprinters' tempo and dotted abbreviations (issue 12, 2 December)", () => {
  it("reads a tempo of short reps, or an extensive tempo, as an easy run; a runner's tempo stays a tempo run", () => {
    const [tempo] = clean('Tue: tempo 110+110+110');
    assert.deepEqual([notation(tempo), tempo.text, tempo.attributes.distance], ['run easy', 'tempo 110+110+110', undefined]);
    assert.deepEqual(kinds('Sat: Tempo on a grass track 100 + 100 + 100'), ['run easy']);
    assert.deepEqual(kinds('Thu: tempo 10x100m'), ['run easy']);
    assert.deepEqual(kinds('Thu: extensive tempo 20min'), ['run easy']);
    assert.deepEqual(kinds('Thu: tempo run 3x1mi'), ['run tempo']);
    assert.deepEqual(kinds('Fri: tempo 500, 400, 300, 200, 100'), ['run tempo']);
    assert.deepEqual(kinds('Tue: Tempo'), ['run tempo']);
    // `+` between words still separates sessions.
    assert.deepEqual(kinds('Tue: tempo 110+110+110 + weights'), ['run easy', 'gym full moderate']);
  });

  it("reads a dotted abbreviation as one word without its dots; GA is general athleticism in a sprinter's week", () => {
    const week = (text: string): string[] => parsePlan(text).statements.flatMap((st) => (st.type === 'day' ? st.sessions.map(notation) : []));
    assert.deepEqual(kinds('Mon: G.A.'), ['run easy']);
    assert.deepEqual(kinds('Wed: GA 6mi'), ['run easy']);
    assert.deepEqual(week('Mon: Speed/Special Endurance\nTue: Tempo + G.A.\nThu: GA\nSun: OFF\n'), ['run intervals', 'run easy', 'conditioning conditioning easy', 'conditioning conditioning easy', 'rest']);
    // A distance runner's week keeps GA a run.
    assert.deepEqual(week('Mon: intervals 6x800m\nThu: G.A.\nSat: long run 12mi\n'), ['run intervals', 'run easy', 'run long']);
    const [run, gym] = clean('Sat: run easy 5km a.m. + gym upper p.m.');
    assert.deepEqual([run.attributes.time?.value, gym.attributes.time?.value], [{ period: 'am' }, { period: 'pm' }]);
    // A full stop after a word still separates.
    assert.deepEqual(kinds('Mon: run 5 mi. Then rest'), ['run easy', 'rest']);
  });
});

describe("published wording: a sprinter's week, loads on loose exercises, exercise pieces (issue 12, 2 December)", () => {
  const runTypes = (text: string): string[] => parsePlan(text).statements.flatMap((s) => (s.type === 'day' ? s.sessions.map(notation) : []));

  it("reads a bare tempo as the sprinters' tempo in a week that defines it so or names sprint work without distance running", () => {
    assert.deepEqual(runTypes('Mon: Speed/Special Endurance\nTues: Tempo\nWed: Speed\nSun: OFF\n'), ['run intervals', 'run easy', 'run intervals', 'rest']);
    assert.deepEqual(runTypes('Tue: tempo run 8-12 x 100m (easy, basically a fast jog)\nThu: tempo run\nSat: tempo run 20min\n'), ['run easy', 'run easy', 'run tempo']);
    // A distance runner's week keeps its tempo: a long run, or a run of 5 km or more.
    assert.deepEqual(runTypes('Mon: Speed/Special Endurance\nTue: tempo\nSat: long run 10mi\n'), ['run intervals', 'run tempo', 'run long']);
    assert.deepEqual(runTypes('Mon: intervals 6x400m\nTue: tempo\n'), ['run intervals', 'run tempo']);
    // Per week block.
    assert.deepEqual(runTypes('week 1\nMon: tempo 10x100m\nWed: tempo\nweek 2\nWed: tempo\n'), ['run easy', 'run easy', 'run tempo']);
  });

  it('reads a load after a loose exercise, after with or at', () => {
    const loads = (line: string): unknown[] => clean(line).flatMap((s) => (s.kind === 'gym' ? s.exercises.map((e) => [e.name, e.sets ?? null, e.reps ?? null, e.load?.text, e.load?.kg ?? e.load?.percent]) : []));
    assert.deepEqual(loads('Mon: lunges 10kg'), [['lunges', null, null, '10kg', 10]]);
    assert.deepEqual(loads('Tue: lunges with 10kg dumbbells'), [['lunges', null, null, '10kg', 10]]);
    assert.deepEqual(loads('Wed: bench 100 kg'), [['bench', null, null, '100 kg', 100]]);
    assert.deepEqual(loads('Sat: squats 3x5 at 80%'), [['squats', 3, 5, '80%', 80]]);
  });

  it('reads a bare exercise after a gym session as more of it, and a count before "point" as no distance', () => {
    const [gym] = clean('Thursday: 5:00pm weights - back + lunges');
    assert.deepEqual([read('Thursday: 5:00pm weights - back + lunges').sessions.length, gym.text, gym.kind === 'gym' && gym.exercises.map((e) => e.name)], [1, '5:00pm weights - back + lunges', ['lunges']]);
    // With a scheme, or after core work, it stays a session of its own.
    assert.deepEqual(kinds('Wed: strict press 1-1-1-1-1 + 21-15-9 chinups, situps').length, 2);
    assert.deepEqual(kinds('Mon: core work + lunges').length, 2);
    const [starts] = clean('Mon: 8 x30m 3 point starts');
    assert.deepEqual([starts.attributes.distance, starts.attributes.repeats?.value.count], [undefined, 8]);
    // Sets of repeats, an emphasis within a focus, a focus before the session word after `&`.
    const [speed] = clean('Mon: speed work 2 x 3 x 20-30m accelerations');
    assert.deepEqual([speed.attributes.repeats?.value.count, speed.attributes.repeats?.value.eachKm], [6, 0.025]);
    const [lift] = clean('Mon: weights: total body lift with lower body emphasis');
    assert.deepEqual([notation(lift)], ['gym full moderate']);
    assert.deepEqual(kinds('Wed: special endurance & total body lift with upper body emphasis'), ['run intervals', 'gym full moderate']);
    assert.deepEqual(kinds('Tue: run easy & upper body weights'), ['run easy', 'gym upper moderate']);
    assert.deepEqual(kinds('Thu: gym upper, core'), ['gym upper moderate']);
    // Core exercises named after the legs; exercises listed after `with` stay in the session.
    assert.deepEqual(kinds('Mon: core: flutter kicks, leg levers, bicycles, planks, twists 10 minutes'), ['gym core moderate']);
    // Running between circuit stations is a circuit (issue 13, coach3: the coach reads it as conditioning).
    assert.deepEqual(kinds('Thu: squad runs with circuit stations: buddy drag/carry, low/high crawl, sprints, pull-ups, squats, flutter kicks'), ['conditioning circuit hard']);
    // `on 1 minute` after repeats is their cycle, not the session's time.
    assert.equal(clean('Tue: pool session 2 sets of 8 x 30secs on 1 minute')[0].attributes.duration, undefined);
  });
});

describe('published wording: efforts and rest days (issue 12, 2 December)', () => {
  it("reads 'comfortably hard' as a tempo effort and the time of a rest day's light work as the user's words", () => {
    const [tempo] = clean('Wed: Tempo 20 min @ comfortably hard');
    assert.deepEqual([notation(tempo), tempo.attributes.effortTarget?.value, tempo.attributes.duration?.value], ['run tempo', 'tempo', 20]);
    assert.deepEqual(kinds('Sun: Off - mobility 20 min'), ['rest']);
    assert.deepEqual(read('Mon: rest 5').errors.map((e) => e.message), [`'rest' takes only a note, not '5'`]);
  });
});

describe('published wording: race paces, floats, watch times, sled work (issue 12, 2 December)', () => {
  it('reads a race before pace or effort as a target, a float or jog between repeats as their recovery, h:mm:ss as a time', () => {
    const [repeats] = clean('Thu: 3 x 2 miles at half marathon pace with 3 min jog');
    assert.deepEqual([repeats.kind, repeats.attributes.duration, repeats.attributes.repeats?.value.count], ['run', undefined, 3]);
    assert.deepEqual(kinds('Mon: 5 miles at 10K effort'), ['run easy']);
    assert.deepEqual(kinds('Sun: half marathon'), ['event race half marathon']);
    const [threshold] = clean("Thu: Threshold: 3 x 8' @ HM pace, 2' float");
    assert.deepEqual([notation(threshold), threshold.attributes.duration, threshold.attributes.effortTarget?.value], ['run threshold', undefined, 'half-marathon']);
    assert.equal(clean('Sun: Long run 1:45:00')[0].attributes.duration?.value, 105);
    assert.deepEqual(kinds('Fri: Upper + sled work'), ['gym upper moderate', 'conditioning conditioning hard']);
    // A jog written as a part of its own still adds up.
    assert.equal(clean('Sun: run 20 min, jog 10 min')[0].attributes.duration?.value, 30);
  });
});

describe('published wording: race-distance paces and walking lunges (issue 12, 2 December)', () => {
  it('reads a race distance or a unit-less pace range before pace as a target, and walking lunges as an exercise', () => {
    const target = (line: string): unknown => clean(line)[0].attributes.effortTarget?.value;
    assert.equal(target('Tue: 800m repeats x 6 @ goal 2-mile pace'), '5k');
    assert.equal(target('Tue: 4 x 400m @ 1500m pace'), 'mile');
    assert.equal(target('Fri: 6 x 1 mile @ 3k pace'), '5k');
    assert.equal(target('Mon: 3 miles @ 9:30-10:00 pace'), undefined);
    assert.deepEqual(clean('Tue: 800m repeats x 6 @ goal 2-mile pace')[0].attributes.distance?.value, 0.8);
    assert.deepEqual(read('Sat: run @ 7:00').errors.map((e) => e.message), []);
    assert.deepEqual(kinds('Wed: Strength - Lower: back squat 4x5, RDL 3x8, walking lunges 3x20m'), ['gym lower moderate']);
    assert.deepEqual(kinds('Sat: walking 45 min'), ['cross walk easy']);
  });
});

describe('published wording: easy long runs, max sets, percentages of a max (issue 12, 2 December)', () => {
  it("reads 'easy' after a long run's time, 'N x max' sets and '70% 1RM'", () => {
    const [long] = clean('Sat: Long run - 75 mins easy');
    assert.deepEqual([notation(long), long.attributes.duration?.value], ['run long', 75]);
    assert.deepEqual(read('Sun: run easy long').errors.map((e) => e.message), [`A run has one type — 'easy' is already given`]);
    const sets = (line: string): unknown => clean(line).flatMap((s) => (s.kind === 'gym' ? s.exercises.map((e) => [e.name, e.sets ?? null, e.reps ?? null, e.load?.percent ?? null]) : []));
    assert.deepEqual(sets('Thu: Pull-ups 4 x max, dips 4 x 10'), [['pull-ups', 4, null, null], ['dips', 4, 10, null]]);
    assert.deepEqual(sets('Tue: Deadlifts 5x5 at 70% 1RM'), [['deadlifts', 5, 5, 70]]);
    assert.deepEqual(sets('Wed: squat 5x5 @80% of max'), [['squat', 5, 5, 80]]);
  });
});

describe('published wording: tabata, full recovery, seconds before an exercise (issue 12, 2 December)', () => {
  it('reads them without a diagnostic', () => {
    assert.deepEqual(kinds('Thu: Tabata 8 rounds 20s on 10s off'), ['conditioning hiit hard']);
    assert.deepEqual(kinds('Mon: Sprint session: 6 x 60m, full recovery'), ['run intervals']);
    assert.deepEqual(kinds('Tue: circuit x4: 10 burpees, 20 lunges, 30 sec plank'), ['conditioning circuit hard']);
  });
});
