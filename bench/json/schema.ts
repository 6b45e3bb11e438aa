// The JSON Schema a team would write for a training plan kept as JSON: weeks → days → sessions, with the same
// enums and ranges as the `.hybrid` language (language.md §3). Two idiomatic ways to pick a session's shape by
// its `kind` are offered — `oneOf` of four branches, and an `if`/`then` chain — and the benchmark compares against
// whichever validates faster, so the JSON side is never handicapped by the schema style.

export type SchemaStyle = 'oneOf' | 'ifThen';

export const PLAN_SCHEMA_URI = 'https://hybrid-plan.invalid/schemas/plan.schema.json';

const positiveInteger = { type: 'integer', minimum: 1 };

const attributes = {
  durationMin: { type: 'number', exclusiveMinimum: 0, maximum: 1440, description: 'Planned time in minutes' },
  distanceKm: { type: 'number', exclusiveMinimum: 0, maximum: 500, description: 'Planned distance in km' },
  repeats: {
    type: 'object',
    additionalProperties: false,
    required: ['count'],
    properties: {
      count: positiveInteger,
      eachKm: { type: 'number', exclusiveMinimum: 0 },
      eachMin: { type: 'number', exclusiveMinimum: 0 },
      reps: positiveInteger,
    },
  },
  time: {
    type: 'string',
    pattern: '^(am|pm|([01][0-9]|2[0-3]):[0-5][0-9])$',
    description: '`am`, `pm` or a 24-hour clock time',
  },
  rpe: { type: 'integer', minimum: 1, maximum: 10 },
  zone: { type: 'integer', minimum: 1, maximum: 5 },
  note: { type: 'string' },
};

const exercise = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    sets: positiveInteger,
    reps: positiveInteger,
    seconds: positiveInteger,
    load: { type: 'string', pattern: '^(\\d+(\\.\\d+)?(%|kg|lb)|rpe ([1-9]|10))$' },
  },
};

const kinds = {
  rest: { kind: { const: 'rest' } },
  gym: {
    kind: { const: 'gym' },
    focus: { enum: ['upper', 'lower', 'legs', 'full', 'push', 'pull', 'core'] },
    intensity: { enum: ['heavy', 'moderate', 'light'] },
    exercises: { type: 'array', items: { $ref: '#/definitions/exercise' } },
  },
  run: {
    kind: { const: 'run' },
    type: { enum: ['easy', 'recovery', 'long', 'tempo', 'threshold', 'intervals', 'hills', 'fartlek', 'race'] },
  },
  cross: {
    kind: { const: 'cross' },
    activity: { enum: ['bike', 'swim', 'row', 'walk', 'hike', 'mobility', 'yoga'] },
    effort: { enum: ['easy', 'hard'] },
  },
} as const;

function sessionShape(kind: keyof typeof kinds): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    required: kind === 'cross' ? ['kind', 'activity'] : ['kind'],
    properties: kind === 'rest' ? { ...kinds.rest } : { ...kinds[kind], ...attributes },
  };
}

function sessionSchema(style: SchemaStyle): Record<string, unknown> {
  const order = ['rest', 'gym', 'run', 'cross'] as const;
  if (style === 'oneOf') return { oneOf: order.map(sessionShape) };
  // if kind = X then shape X else (next if …); the last else rejects an unknown kind.
  let chain: Record<string, unknown> = { properties: { kind: { enum: [...order] } }, required: ['kind'] };
  for (const kind of [...order].reverse()) {
    chain = { if: { properties: { kind: { const: kind } }, required: ['kind'] }, then: sessionShape(kind), else: chain };
  }
  return chain;
}

export function planSchema(style: SchemaStyle = 'ifThen'): Record<string, unknown> {
  const day = {
    type: 'object',
    additionalProperties: false,
    required: ['sessions'],
    properties: {
      sessions: { type: 'array', minItems: 1, items: { $ref: '#/definitions/session' } },
      comment: { type: 'string' },
    },
  };
  const weekdays = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((key) => [key, { $ref: '#/definitions/day' }]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: PLAN_SCHEMA_URI,
    title: 'Hybrid training plan',
    type: 'object',
    additionalProperties: false,
    required: ['weeks'],
    properties: {
      title: { type: 'string' },
      goal: { $ref: '#/definitions/goal' },
      start: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' },
      weeks: { type: 'array', items: { $ref: '#/definitions/week' } },
    },
    definitions: {
      goal: { enum: ['strength', 'running', 'balanced'] },
      week: {
        type: 'object',
        additionalProperties: false,
        required: ['number', 'days'],
        properties: {
          number: positiveInteger,
          label: { type: 'string' },
          goal: { $ref: '#/definitions/goal' },
          comment: { type: 'string' },
          days: { type: 'object', additionalProperties: false, properties: weekdays },
        },
      },
      day,
      session: sessionSchema(style),
      exercise,
    },
  };
}
