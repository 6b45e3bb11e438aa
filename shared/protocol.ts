// The protocol between the VS Code client and the language server, beyond LSP: every request method, the server's
// commands and the client's command ids, parameter and result types, and the week view's view model. Both sides
// import this module (as vscode-eslint's `$shared/customMessages.ts`); neither writes a method name as a string.
// Types only from the engine (erased at build time), so the client bundles nothing of the server.
import type { Range, Session, Severity, TextEdit, Weekday, WeekTotals, WEEKDAY_FULL_NAMES, WEEKDAY_NAMES } from '../server/src/engine';

export type { Weekday };

/** A document named by URI (LSP's `TextDocumentIdentifier`). */
export interface TextDocumentIdentifier {
  uri: string;
}

/** An LSP position: 0-based line and UTF-16 character. */
export interface LspPosition {
  line: number;
  character: number;
}

/** The custom requests the server answers. */
export const Requests = {
  /** All weeks' totals and a markdown report ("Show Weekly Totals"). */
  totals: 'hybrid/totals',
  /** The week under a position (the status bar). */
  weekAt: 'hybrid/weekAt',
  /** The week view's view model of a document. */
  weekView: 'hybrid/weekView',
  /** What a drag-and-drop move in the week view would do. */
  checkMove: 'hybrid/checkMove',
  /** The plan as iCalendar or JSON text. */
  export: 'hybrid/export',
} as const;

/** Each request's parameters and result. */
export interface RequestSignatures {
  [Requests.totals]: { params: TotalsParams; result: TotalsResult | null };
  [Requests.weekAt]: { params: WeekAtParams; result: WeekAtResult | null };
  [Requests.weekView]: { params: DocumentRequest; result: WeekViewModel | null };
  [Requests.checkMove]: { params: CheckMoveParams; result: MoveCheck };
  [Requests.export]: { params: ExportParams; result: ExportReply };
}

export type RequestMethod = keyof RequestSignatures;
export type ParamsOf<M extends RequestMethod> = RequestSignatures[M]['params'];
export type ResultOf<M extends RequestMethod> = RequestSignatures[M]['result'];

/** Commands the server executes (`workspace/executeCommand`). */
export const ServerCommands = {
  /** `[uri, version, lspEdits]`: applies edits computed for that version (clients without code action literals). */
  applyEdit: 'hybrid.server.applyEdit',
  /** `[uri, position]` → `RescheduleCommandResult`. */
  rescheduleWeek: 'hybrid.server.rescheduleWeek',
  /** `[uri]`: fix-all of the document. */
  fixAll: 'hybrid.server.fixAll',
  /** `[ruleId]`: asks the client to show the rule's page (`window/showDocument`), for clients without their own. */
  showRuleDocs: 'hybrid.server.showRuleDocs',
  /** `[planUri, word, phrase]`: adds `"word": "phrase"` to the plan's `.hybridrc.json` (clients that cannot apply the edit). */
  addToVocabulary: 'hybrid.server.addToVocabulary',
} as const;

/** What `hybrid.server.rescheduleWeek` answers. */
export interface RescheduleCommandResult {
  applied: boolean;
  /** Why nothing was applied, when the search stopped at its budget. */
  reason?: string;
}

/** Commands the extension contributes (package.json `contributes.commands`); the server's code lens names one. */
export const ClientCommands = {
  openWeekView: 'hybrid.openWeekView',
  showTotals: 'hybrid.showTotals',
  rescheduleWeek: 'hybrid.rescheduleWeek',
  restartServer: 'hybrid.restartServer',
  exportCalendar: 'hybrid.exportCalendar',
  fixAll: 'hybrid.fixAll',
  configureRules: 'hybrid.configureRules',
  /** `[ruleId?]`: the rule's page rendered (rule links and "Show documentation for <rule>" use it). */
  showRuleDocs: 'hybrid.showRuleDocs',
} as const;

/** The week view's webview panel type (package.json `onWebviewPanel:`). */
export const WEEK_VIEW_TYPE = 'hybrid.weekView';

// ---------------------------------------------------------------------------------------------------------------
// Totals and the week under the cursor

export interface TotalsParams {
  textDocument: TextDocumentIdentifier;
}
export interface TotalsResult {
  weeks: WeekTotals[];
  /** Every block's totals table, as in the hover, under the plan's title. */
  markdown: string;
}
export interface WeekAtParams {
  textDocument: TextDocumentIdentifier;
  position: LspPosition;
}
export interface WeekAtResult {
  week: number;
  label?: string;
  load: number;
  /** `Week 3 · load 1 920`, ready for a status bar. */
  text: string;
  /** The one-line totals, for a tooltip. */
  summary: string;
}
// ---------------------------------------------------------------------------------------------------------------
// The week view's view model

/** The chip colour of a session: its most telling class. */
export type ChipClass =
  | 'heavy-legs'
  | 'hard-gym'
  | 'gym'
  | 'quality-run'
  | 'long-run'
  | 'steady-run'
  | 'easy-run'
  | 'hard-cross'
  | 'cross'
  | 'conditioning'
  | 'sport'
  | 'event'
  | 'rest';

export interface WeekViewConflict {
  rule: string;
  severity: Severity;
  message: string;
  /** The guide's words the rule comes from (rule meta `reason`). */
  reason: string;
  /** The week the checker found it in (a repeated block reports its first). */
  week?: number;
}

export interface WeekViewSession {
  /** `line:column` of the session's first character: how the client names a session in messages. */
  id: string;
  text: string;
  kind: Session['kind'];
  chip: ChipClass;
  /** What it counts as, in plan words (`heavy legs`, `hard gym`). */
  classes: string[];
  minutes: number;
  rpe: number;
  load: number;
  range: Range;
  conflicts: WeekViewConflict[];
}

export interface WeekViewDay {
  weekday: Weekday;
  name: (typeof WEEKDAY_NAMES)[number];
  fullName: (typeof WEEKDAY_FULL_NAMES)[number];
  /** ISO date, when the plan has `start:`. */
  date?: string;
  rest: boolean;
  load: number;
  sessions: WeekViewSession[];
}

export interface WeekViewWeek {
  number: number;
  label?: string;
  goal?: string;
  /** For a repeated block (`week 2-4`): its first and last week. */
  repeats?: { from: number; to: number };
  /** Line of the week header (or of the week's first statement), to reveal it. */
  line: number;
  /** One line of totals, as the code lens writes it: `3 gym (1 heavy) · 2 runs (1 quality) · 2 rest days · load 1 920`. */
  summary: string;
  load: number;
  days: WeekViewDay[];
  /** Conflicts that sit on the week itself (header or a non-session line): rest days, load ramp, … */
  conflicts: WeekViewConflict[];
}

/** One bar of the weekly load chart and its acute:chronic band. */
export interface LoadPoint {
  week: number;
  load: number;
  /** Mean load of the previous 3 weeks (from the 4th week on). */
  chronic?: number;
  /** Band: 0.8× and 1.5× the chronic load. */
  low?: number;
  high?: number;
  status: 'no-history' | 'below' | 'in-band' | 'above';
}

export interface WeekViewModel {
  uri: string;
  version: number;
  title?: string;
  start?: string;
  syntaxErrors: number;
  weeks: WeekViewWeek[];
  loads: LoadPoint[];
  /** Conflicts on lines outside any week (e.g. `main-goal` on the first line). */
  planConflicts: WeekViewConflict[];
  /** Set when the plan has more weeks or conflicts than the view carries (server/src/budgets.ts): what was left out. */
  truncated?: { weeks: number; shownWeeks: number; conflicts: number; shownConflicts: number };
}

// ---------------------------------------------------------------------------------------------------------------
// Moves and export

export interface MoveRequest {
  /** `line:column` of the session (WeekViewSession.id). */
  session: string;
  /** The week the chip was dragged in (a repeated block moves in all its weeks). */
  week: number;
  toWeekday: Weekday;
}

export type MoveCheck =
  | {
      ok: true;
      /** `Move 'run intervals' to Wed`. */
      title: string;
      edits: TextEdit[];
      /** Warnings and errors the move would add (empty: the move is clean). */
      created: WeekViewConflict[];
      /** Warnings and errors the move would clear. */
      cleared: WeekViewConflict[];
      /** The document and version the edits are for (set by `hybrid/checkMove`): the client applies them there only. */
      textDocument?: { uri: string; version: number };
    }
  | { ok: false; error: string };

export interface DocumentRequest {
  textDocument: { uri: string };
}

export interface CheckMoveParams extends DocumentRequest, MoveRequest {
  /** The document version the view was drawn from; a newer document answers "changed". */
  version: number;
}

export interface ExportParams extends DocumentRequest {
  format: 'ics' | 'json';
}

export type ExportReply =
  /** `defaults`: which times and durations the calendar had to choose, in a sentence (absent when none). */
  | { ok: true; text: string; defaults?: string }
  /** `insertStart`: the plan has no `start:`; this line (the next Monday) inserted at `line` makes it exportable. */
  | { ok: false; error: string; insertStart?: { line: number; text: string } };

