// Finding plan files on disk (CLI) — Node only, never imported by the engine.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const PLAN_EXTENSION = '.hybrid';
const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', '.git']);

/** A one-line, user-facing I/O problem (the CLI prints it and exits 2). */
export class FileProblem extends Error {}

/** `ENOENT` → `no such file or directory`, as a short phrase for one-line messages. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

/**
 * The plan files named by `target`: the file itself, or every `*.hybrid` under a directory (recursively, skipping
 * node_modules and .git, in sorted order). Throws FileProblem when the target does not exist.
 */
export function findPlanFiles(target: string): string[] {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(target);
  } catch (error) {
    throw new FileProblem(`Cannot read '${target}': ${describeFsError(error)}`);
  }
  if (!stats.isDirectory()) return [target];
  const found: string[] = [];
  walk(target, found);
  return found;
}

function walk(directory: string, found: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    throw new FileProblem(`Cannot read '${directory}': ${describeFsError(error)}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(full, found);
    } else if (entry.name.endsWith(PLAN_EXTENSION) && (entry.isFile() || entry.isSymbolicLink())) {
      found.push(full);
    }
  }
}

export interface PlanFile {
  text: string;
  /** True when the file started with a UTF-8 BOM (removed from `text`, put back when the file is rewritten). */
  bom: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a plan file as UTF-8 without its BOM, so columns match what an editor shows. Only regular files are read
 * (a FIFO or device would block or never end); a file with NUL bytes or invalid UTF-8 is not a plan, and reading it
 * with replacement characters would let `hybrid fix` write them back over the original bytes.
 */
export function readPlanFile(file: string): PlanFile {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer. No effect on regular files.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const stats = fs.fstatSync(fd);
    if (stats.isDirectory()) throw new FileProblem(`Cannot read '${file}': is a directory`);
    if (!stats.isFile()) throw new FileProblem(`Cannot read '${file}': not a regular file`);
    bytes = fs.readFileSync(fd);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(`Cannot read '${file}': ${describeFsError(error)}`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  if (bytes.includes(0)) throw new FileProblem(`Cannot read '${file}': a binary file (it contains NUL bytes), not a plan`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new FileProblem(`Cannot read '${file}': not UTF-8 text`);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

/**
 * Replaces a file's content atomically: a temporary file in the same directory, then a rename over the original.
 * With `expected` (the content that was read), a file changed on disk since is left alone: FileProblem, nothing written.
 */
export function writeFileAtomically(file: string, content: string, expected?: string): void {
  const directory = path.dirname(file);
  const temporary = path.join(directory, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  if (expected !== undefined) {
    let current: string | undefined;
    try {
      current = fs.readFileSync(file, 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== expected) throw new FileProblem(`Cannot write '${file}': it changed on disk while being fixed; nothing written`);
  }
  try {
    let mode: number | undefined;
    try {
      mode = fs.statSync(file).mode & 0o777;
    } catch {
      mode = undefined;
    }
    fs.writeFileSync(temporary, content, { encoding: 'utf8', mode });
    fs.renameSync(temporary, fs.realpathSync(file));
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // The temporary file may not exist; the original is untouched either way.
    }
    throw new FileProblem(`Cannot write '${file}': ${describeFsError(error)}`);
  }
}
