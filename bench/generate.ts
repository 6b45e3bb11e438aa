// Deterministic generator of realistic training plans for the benchmarks. One plan description renders to both
// `.hybrid` text and the equivalent JSON document (bench/json/), so both sides are measured on the same plan.

export type GenGoal = 'strength' | 'running' | 'balanced';

export interface GenExercise {
  name: string;
  sets: number;
  /** Reps per set, or seconds when `seconds` is true. */
  reps: number;
  seconds?: boolean;
  load?: string;
}

export interface GenSession {
  kind: 'rest' | 'gym' | 'run' | 'cross';
  focus?: 'upper' | 'lower' | 'legs' | 'full' | 'push' | 'pull' | 'core';
  intensity?: 'heavy' | 'moderate' | 'light';
  runType?: 'easy' | 'recovery' | 'long' | 'tempo' | 'threshold' | 'intervals' | 'hills' | 'fartlek';
  activity?: 'bike' | 'swim' | 'row' | 'walk' | 'hike' | 'mobility' | 'yoga';
  effort?: 'easy' | 'hard';
  durationMin?: number;
  distanceKm?: number;
  repeats?: { count: number; eachKm?: number; eachMin?: number };
  time?: 'am' | 'pm' | { hour: number; minute: number };
  rpe?: number;
  zone?: number;
  note?: string;
  exercises?: GenExercise[];
}

export interface GenDay {
  weekday: number;
  sessions: GenSession[];
  /** End-of-line comment. */
  comment?: string;
}

export interface GenWeek {
  number: number;
  label?: string;
  /** A goal change that starts with this week. */
  goal?: GenGoal;
  /** A comment line under the week header. */
  comment?: string;
  days: GenDay[];
}

export interface GenPlan {
  title: string;
  goal: GenGoal;
  start: string;
  weeks: GenWeek[];
}

export const PLAN_SIZES = [1, 12, 52, 520, 5200] as const;

/** mulberry32: small, fast, deterministic (also replays the stress test's edits). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOTES = ['felt flat', 'new shoes', 'with the club', 'hilly route', 'PR attempt', 'keep it chatty', 'track session'];
const WEEK_COMMENTS = [
  'Keep easy runs conversational',
  'Hard days separated by easy days',
  'Sleep 8 hours before the long run',
  'Lift heavy with purpose',
  'Recovery is built in',
];
const LOWER: GenExercise[][] = [
  [
    { name: 'squat', sets: 5, reps: 5, load: '80%' },
    { name: 'rdl', sets: 3, reps: 8, load: '100kg' },
    { name: 'plank', sets: 3, reps: 60, seconds: true },
  ],
  [
    { name: 'deadlift', sets: 3, reps: 5, load: '85%' },
    { name: 'split squat', sets: 3, reps: 10 },
    { name: 'calf raise', sets: 3, reps: 15 },
  ],
];
const UPPER: GenExercise[][] = [
  [
    { name: 'bench press', sets: 5, reps: 5, load: '80%' },
    { name: 'pull up', sets: 4, reps: 8 },
    { name: 'overhead press', sets: 3, reps: 8, load: 'rpe 8' },
  ],
  [
    { name: 'row', sets: 4, reps: 10, load: '60kg' },
    { name: 'dip', sets: 3, reps: 12 },
  ],
];

type Template = (rnd: () => number, week: number) => GenDay[];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

function longRunKm(week: number): number {
  // Builds over a 4-week cycle then drops back: small steps, so the load rules mostly stay quiet.
  return 12 + (week % 4);
}

const balanced: Template = (rnd, week) => [
  { weekday: 0, sessions: [{ kind: 'gym', focus: 'upper', intensity: 'heavy', durationMin: 60, time: 'am', exercises: pick(rnd, UPPER) }] },
  { weekday: 1, sessions: [{ kind: 'run', runType: 'intervals', repeats: { count: 6, eachKm: 0.8 }, durationMin: 50, rpe: 8 }] },
  { weekday: 2, sessions: [{ kind: 'rest' }], comment: 'full rest' },
  { weekday: 3, sessions: [{ kind: 'gym', focus: 'upper', durationMin: 60 }] },
  { weekday: 4, sessions: [{ kind: 'run', runType: 'long', distanceKm: longRunKm(week), zone: 2, note: pick(rnd, NOTES) }] },
  { weekday: 5, sessions: [{ kind: 'gym', focus: 'lower', intensity: 'heavy', durationMin: 70, exercises: pick(rnd, LOWER) }] },
  { weekday: 6, sessions: [{ kind: 'cross', activity: 'walk', durationMin: 45 }] },
];

const strength: Template = (rnd, week) => [
  { weekday: 0, sessions: [{ kind: 'gym', focus: 'lower', intensity: 'heavy', durationMin: 75, time: { hour: 7, minute: 0 }, exercises: pick(rnd, LOWER) }] },
  { weekday: 1, sessions: [{ kind: 'run', runType: 'easy', durationMin: 35, zone: 2 }] },
  { weekday: 2, sessions: [{ kind: 'gym', focus: 'upper', intensity: 'heavy', durationMin: 60, exercises: pick(rnd, UPPER) }] },
  { weekday: 3, sessions: [{ kind: 'rest' }] },
  {
    weekday: 4,
    sessions: [
      { kind: 'gym', focus: 'full', intensity: 'moderate', durationMin: 60, time: 'am' },
      { kind: 'run', runType: 'easy', durationMin: 30, time: 'pm', rpe: 3 },
    ],
  },
  { weekday: 5, sessions: [{ kind: 'run', runType: 'long', distanceKm: longRunKm(week) - 2, durationMin: 80 }] },
  { weekday: 6, sessions: [{ kind: 'cross', activity: 'mobility', durationMin: 30 }], comment: 'stretch and foam roll' },
];

const running: Template = (rnd, week) => [
  { weekday: 0, sessions: [{ kind: 'rest' }] },
  { weekday: 1, sessions: [{ kind: 'run', runType: 'tempo', distanceKm: 8, durationMin: 45, rpe: 7 }] },
  { weekday: 2, sessions: [{ kind: 'gym', focus: 'full', intensity: 'heavy', durationMin: 60, exercises: pick(rnd, LOWER) }] },
  { weekday: 3, sessions: [{ kind: 'run', runType: 'easy', distanceKm: 7, zone: 2, time: { hour: 18, minute: 30 } }] },
  { weekday: 4, sessions: [{ kind: 'gym', focus: 'upper', intensity: 'light', durationMin: 45 }] },
  { weekday: 5, sessions: [{ kind: 'run', runType: 'recovery', durationMin: 30, rpe: 2 }] },
  { weekday: 6, sessions: [{ kind: 'run', runType: 'long', distanceKm: longRunKm(week) + 4, note: pick(rnd, NOTES) }] },
];

const deload: Template = () => [
  { weekday: 0, sessions: [{ kind: 'gym', focus: 'full', intensity: 'light', durationMin: 45 }] },
  { weekday: 1, sessions: [{ kind: 'run', runType: 'easy', durationMin: 30 }] },
  { weekday: 2, sessions: [{ kind: 'rest' }] },
  { weekday: 3, sessions: [{ kind: 'cross', activity: 'swim', durationMin: 40 }] },
  { weekday: 4, sessions: [{ kind: 'gym', focus: 'upper', intensity: 'light', durationMin: 45 }] },
  { weekday: 5, sessions: [{ kind: 'run', runType: 'easy', distanceKm: 8 }] },
  { weekday: 6, sessions: [{ kind: 'rest' }] },
];

/** Plants one of the conflicts the rules catch, so rules, quick fixes and fix-all all have real work. */
function addConflict(rnd: () => number, days: GenDay[]): void {
  const choice = Math.floor(rnd() * 4);
  const day = (weekday: number): GenDay => days.find((d) => d.weekday === weekday)!;
  if (choice === 0) {
    // Heavy squats + intervals on the same day (hard-same-day, error).
    day(0).sessions = [
      { kind: 'gym', focus: 'lower', intensity: 'heavy', durationMin: 60, exercises: LOWER[0] },
      { kind: 'run', runType: 'intervals', repeats: { count: 5, eachKm: 1 }, rpe: 8 },
    ];
  } else if (choice === 1) {
    // Long run the day after a brutal leg session (hard-after-heavy-legs).
    day(2).sessions = [{ kind: 'gym', focus: 'legs', intensity: 'heavy', durationMin: 70, exercises: LOWER[1] }];
    day(3).sessions = [{ kind: 'run', runType: 'long', distanceKm: 14, durationMin: 85 }];
  } else if (choice === 2) {
    // An easy run that is not easy (easy-run-too-hard).
    day(3).sessions = [{ kind: 'run', runType: 'easy', durationMin: 40, rpe: 6 }];
  } else {
    // Gym and run on one day with no times (same-day-spacing) and a long gym session (gym-duration).
    day(6).sessions = [
      { kind: 'run', runType: 'easy', durationMin: 30 },
      { kind: 'gym', focus: 'pull', durationMin: 90 },
    ];
  }
}

export function generatePlan(weekCount: number, seed = 42): GenPlan {
  const rnd = random(seed + weekCount);
  const weeks: GenWeek[] = [];
  const seasons: [GenGoal, Template][] = [
    ['balanced', balanced],
    ['strength', strength],
    ['running', running],
  ];
  for (let number = 1; number <= weekCount; number++) {
    // Seasons of 16 weeks, each ending in a deload week.
    const seasonIndex = Math.floor((number - 1) / 16) % seasons.length;
    const [goal, template] = seasons[seasonIndex];
    const isDeload = number % 16 === 0;
    const days = (isDeload ? deload : template)(rnd, number);
    if (!isDeload && rnd() < 0.35) addConflict(rnd, days);
    const week: GenWeek = { number, days };
    if (isDeload) week.label = 'deload';
    else if (number % 4 === 1) week.label = `${goal} block`;
    if (number > 1 && (number - 1) % 16 === 0) week.goal = goal;
    if (rnd() < 0.3) week.comment = pick(rnd, WEEK_COMMENTS);
    weeks.push(week);
  }
  return { title: `Generated ${weekCount}-week hybrid plan`, goal: 'balanced', start: '2026-01-05', weeks };
}

// ---------- rendering as .hybrid text ----------

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function formatKm(km: number): string {
  return km < 1 ? `${Math.round(km * 1000)}m` : `${km}km`;
}

function formatTime(time: NonNullable<GenSession['time']>): string {
  if (typeof time === 'string') return time;
  return `@${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

function formatExercise(exercise: GenExercise): string {
  const scheme = `${exercise.sets}x${exercise.reps}${exercise.seconds ? 's' : ''}`;
  return `${exercise.name} ${scheme}${exercise.load ? ` @${exercise.load}` : ''}`;
}

export function sessionText(session: GenSession): string {
  const words: string[] = [];
  switch (session.kind) {
    case 'rest':
      return 'rest';
    case 'gym':
      words.push('gym', session.focus ?? 'full');
      if (session.intensity && session.intensity !== 'moderate') words.push(session.intensity);
      break;
    case 'run':
      words.push('run', session.runType ?? 'easy');
      break;
    case 'cross':
      words.push(session.activity ?? 'bike');
      if (session.effort) words.push(session.effort);
      break;
  }
  if (session.repeats) {
    const each = session.repeats.eachKm !== undefined ? formatKm(session.repeats.eachKm) : `${session.repeats.eachMin}min`;
    words.push(`${session.repeats.count}x${each}`);
  }
  if (session.durationMin !== undefined) {
    const hours = Math.floor(session.durationMin / 60);
    const minutes = session.durationMin % 60;
    words.push(session.durationMin >= 90 ? `${hours}h${minutes ? String(minutes).padStart(2, '0') : ''}` : `${session.durationMin}min`);
  }
  if (session.distanceKm !== undefined) words.push(formatKm(session.distanceKm));
  if (session.time !== undefined) words.push(formatTime(session.time));
  if (session.rpe !== undefined) words.push(`rpe ${session.rpe}`);
  if (session.zone !== undefined) words.push(`z${session.zone}`);
  if (session.note !== undefined) words.push(JSON.stringify(session.note));
  if (session.exercises?.length) words.push(`[${session.exercises.map(formatExercise).join(', ')}]`);
  return words.join(' ');
}

export function renderHybrid(plan: GenPlan): string {
  const lines: string[] = [
    `# ${plan.title}: generated for the benchmarks (bench/generate.ts)`,
    `plan ${JSON.stringify(plan.title)}`,
    `goal: ${plan.goal}`,
    `start: ${plan.start}`,
  ];
  for (const week of plan.weeks) {
    lines.push('');
    lines.push(`week ${week.number}${week.label ? `: ${week.label}` : ''}`);
    if (week.comment) lines.push(`# ${week.comment}`);
    if (week.goal) lines.push(`goal: ${week.goal}`);
    for (const day of week.days) {
      const body = day.sessions.map(sessionText).join(' + ');
      lines.push(`${DAY_NAMES[day.weekday]}: ${body}${day.comment ? `  # ${day.comment}` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * The same plan typed carelessly, for the formatter: weekdays in lower case, a space before each `:` and two after,
 * no spaces around `+`. Every day line then needs formatting; the meaning is unchanged.
 */
export function messyHybrid(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const day = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun): /.exec(line);
      if (!day) return line;
      return `${day[1].toLowerCase()} :  ${line.slice(day[0].length).replace(/ \+ /g, '+')}`;
    })
    .join('\n');
}

// ---------- rendering as JSON (the same plan, the shape bench/json/schema.ts describes) ----------

const JSON_DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function sessionJson(session: GenSession): Record<string, unknown> {
  const json: Record<string, unknown> = { kind: session.kind };
  if (session.focus) json.focus = session.focus;
  if (session.kind === 'gym') json.intensity = session.intensity ?? 'moderate';
  if (session.runType) json.type = session.runType;
  if (session.activity) json.activity = session.activity;
  if (session.effort) json.effort = session.effort;
  if (session.durationMin !== undefined) json.durationMin = session.durationMin;
  if (session.distanceKm !== undefined) json.distanceKm = session.distanceKm;
  if (session.repeats) json.repeats = { ...session.repeats };
  if (session.time !== undefined) json.time = typeof session.time === 'string' ? session.time : formatTime(session.time).slice(1);
  if (session.rpe !== undefined) json.rpe = session.rpe;
  if (session.zone !== undefined) json.zone = session.zone;
  if (session.note !== undefined) json.note = session.note;
  if (session.exercises?.length) {
    json.exercises = session.exercises.map((exercise) => {
      const item: Record<string, unknown> = { name: exercise.name, sets: exercise.sets };
      if (exercise.seconds) item.seconds = exercise.reps;
      else item.reps = exercise.reps;
      if (exercise.load) item.load = exercise.load;
      return item;
    });
  }
  return json;
}

export function planJson(plan: GenPlan): Record<string, unknown> {
  return {
    title: plan.title,
    goal: plan.goal,
    start: plan.start,
    weeks: plan.weeks.map((week) => {
      const json: Record<string, unknown> = { number: week.number };
      if (week.label) json.label = week.label;
      if (week.goal) json.goal = week.goal;
      if (week.comment) json.comment = week.comment;
      const days: Record<string, unknown> = {};
      for (const day of week.days) {
        const entry: Record<string, unknown> = { sessions: day.sessions.map(sessionJson) };
        if (day.comment) entry.comment = day.comment;
        days[JSON_DAY_KEYS[day.weekday]] = entry;
      }
      json.days = days;
      return json;
    }),
  };
}

/** Pretty-printed like a hand-maintained JSON file (2-space indent), which is what an editor would hold. */
export function renderJson(plan: GenPlan): string {
  return JSON.stringify(planJson(plan), null, 2) + '\n';
}

export interface BenchPlan {
  weeks: number;
  plan: GenPlan;
  hybrid: string;
  json: string;
}

export function benchPlans(sizes: readonly number[] = PLAN_SIZES): BenchPlan[] {
  return sizes.map((weeks) => {
    const plan = generatePlan(weeks);
    return { weeks, plan, hybrid: renderHybrid(plan), json: renderJson(plan) };
  });
}
