// Every size, count and time budget of the engine, the CLI and the server, in one place (docs/robustness.md,
// "Budgets"). A budget that is reached is said, never silent: a summary diagnostic, a one-line CLI message, or a
// `truncated` flag in a reply.

/** Largest plan file read by the CLI (bytes) or checked by the server (UTF-16 units): 2 MiB, past 100 years of weeks. */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

/** Diagnostics per document: past this, one summary diagnostic says how many more there are. */
export const MAX_DIAGNOSTICS = 1000;

/** Problems reported for one `.hybridrc.json` or `hybrid.rules` (each one line); past this, one summary line. */
export const MAX_CONFIG_PROBLEMS = 20;

/** Largest JSON-RPC message the server reads (bytes): a frame that announces more is dropped, not waited for. */
export const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

/** Largest header block of a JSON-RPC frame (bytes): past this without a blank line, the bytes are garbage. */
export const MAX_HEADER_BYTES = 4096;
