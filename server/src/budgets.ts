// Every limit on how much work one request may do, in one place (docs/architecture.md, "Budgets").
//
// A search counts each candidate it looks at against its budget, enumerates lazily (nothing is built before it is
// counted), and says when it stopped early; a budget never changes a result that fits inside it. Sizes are chosen so
// that the guide's plans (a week of 5–15 sessions, a season of 52 weeks) never reach them, and so that the worst plan
// of ≤ 1 MB stays within the time limits of docs/robustness.md.

/** Fix-all and "Reschedule this week": per week block. */
export const RESCHEDULE_BUDGET = {
  /** The most sessions one block's arrangement moves (1, then 2, then 3). */
  maxMoved: 3,
  /**
   * Sets of sessions to move (each touching every conflict) looked at per block, all sizes and both searches (one that
   * clears the block, then one that lowers its conflicts most) together; each partial set grown on the way counts too.
   * A week of 15 sessions has at most C(15,3) = 455; a day of 600 stacked sessions would have millions.
   */
  sessionSets: 20_000,
  /**
   * Timed runs and lifts in a block per step of `sessionSets` each set costs: the fast test reads them (the spacing of
   * each day), so a day of 42,000 timed sessions counts a set as 657 steps and stops after about 30 sets instead of
   * judging 20,000 (over 120 s). A block of up to this many counts each set once, as before.
   */
  timedPerSet: 64,
  /** Arrangements of one size (sessions with their target days) that pass the fast test. */
  arrangements: 20_000,
  /** Screenings (the day rules run on the re-arranged model) per block. */
  screenings: 300,
  /** Confirmations (re-parse + re-check of the edited text) per block. */
  confirmations: 12,
  /**
   * Fix-all, after its passes: split days left with one session (their pair taken apart by a later move) whose am / pm
   * are taken back, each tried on the whole plan read and checked again (a plan's worth, not a block's); the others
   * keep their am / pm.
   */
  settledDays: 32,
  /**
   * Sessions read per block by its screenings (the block's sessions in each week screened: at most 5 weeks of a long
   * repeated block) and confirmations (four times them in every week of the block): a
   * week of 15 sessions spends at most 300 × 15 + 12 × 60 = 5,220; a stacked day of 600 sessions 208,800; a day of
   * 50,000 sessions (1 MB) stops after six screenings instead of taking a minute.
   */
  sessionsRead: 300_000,
  /**
   * Fix-all over a whole plan: the weeks it reads. A plan of up to two years is searched whole: each block searched
   * counts the plan's weeks (a search re-checks the plan around its block, and a move that adds a line re-reads the
   * whole text). A plan of 104 weeks each in conflict spends about 20,000, all fixed in one run. Past the budget the
   * blocks left are reported (`unsearched`) and a second run goes on from there.
   */
  planWeeks: 28_000,
  /**
   * The same for a longer plan, searched in windows (fixes/reschedule.ts, `fixAllWindowed`): each block searched
   * counts twice its window's weeks (about five), each pass the plan's weeks once. Ten years (520 weeks) each in
   * conflict spend about 5,700, all fixed in one run; 2,500 weeks each in conflict fix about 1,050 blocks a run, and a
   * 1 MB plan of 9,999 weeks each in conflict about 300, so that `hybrid fix` of it ends within 5 s: the whole plan's
   * parses and checks take about 4 s of it on the slower machine of docs/robustness.md (28,000 fixed 1,800 blocks:
   * 6.9 s; 16,000 fixed 600: 5.7 s).
   */
  windowedWeeks: 13_000,
} as const;

/** Quick fixes of one diagnostic. */
export const QUICK_FIX_BUDGET = {
  /** "Move … to …" fixes offered per diagnostic (nearest first). */
  moves: 3,
  /** "Swap … and …" fixes offered per diagnostic. */
  swaps: 2,
  /** Candidate fixes looked at per diagnostic (a check on the model or a re-parse + re-check each); the rest are not offered. */
  verifications: 64,
} as const;

/**
 * A count of steps against a limit. `spend` is called once per candidate looked at; once it returns false the search
 * stops and reports `exhausted`.
 */
export class Budget {
  private used = 0;

  constructor(readonly limit: number) {}

  /** Counts one step (or `steps`); false once the limit is passed. */
  spend(steps = 1): boolean {
    this.used += steps;
    return this.used <= this.limit;
  }

  get exhausted(): boolean {
    return this.used > this.limit;
  }

  get spent(): number {
    return Math.min(this.used, this.limit);
  }
}

// Sizes and counts (docs/robustness.md, "Budgets"). A size budget that is reached is said, never silent: a summary
// diagnostic, a one-line CLI message, or a `truncated` flag in a reply.

/** Largest plan file read by the CLI (bytes) or checked by the server (UTF-16 units): 2 MiB, past 100 years of weeks. */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

/** Weeks in one plan, counting repeats (9,999): defined by the parser, the lowest layer, and listed here. */
export { MAX_PLAN_WEEKS } from './language/parser';

/** Diagnostics per document: past this, one summary diagnostic says how many more there are. */
export const MAX_DIAGNOSTICS = 1000;

/**
 * Diagnostics of one rule the CLI lists per plan (`checkPlan`'s `listPerRule`): past this, one `limit` diagnostic per
 * rule says at how many more places it is reported. A season of 52 weeks reports a few hundred of one rule at most;
 * a 1 MB day of 50,000 stacked sessions reported 25,000 of each same-day rule (150,000 lines, 2.8 s, 630 MB).
 */
export const LISTED_PER_RULE = 1000;

/**
 * Sessions one diagnostic names in its message, and places it points to (`related`, and the sessions in its `data`),
 * defined by the rules (rules/helpers.ts), listed here:
 * past these, the message says how many more ("… and 49,992 more") and the rest are left out. A week of the guide
 * names 2–6 runs; a 1 MB day of 50,000 quality runs made one all-runs-hard message of 1.3 MB with 50,000 related places.
 */
export { NAMED_PER_DIAGNOSTIC, RELATED_PER_DIAGNOSTIC } from './rules/helpers';
/** Weeks the week view carries (ten years; a repeated block counts each repeat); `truncated` says what was left out. */
export const MAX_VIEW_WEEKS = 520;

/** Conflicts the week view places on its chips and weeks (the first, by position). */
export const MAX_VIEW_CONFLICTS = MAX_DIAGNOSTICS;

/** Problems reported for one `.hybridrc.json` or `hybrid.rules` (each one line); past this, one summary line. */
export const MAX_CONFIG_PROBLEMS = 20;

/** Largest JSON-RPC message the server reads (bytes): a frame that announces more is dropped, not waited for. */
export const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

/** Largest header block of a JSON-RPC frame (bytes): past this without a blank line, the bytes are garbage. */
export const MAX_HEADER_BYTES = 4096;
