// Finding plan files on disk (CLI) — Node only, never imported by the engine.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_PLAN_BYTES } from '../budgets';

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
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EXDEV':
      return 'on another file system';
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
    // Checked before reading: a 600 MB file must not be read (or called "not UTF-8 text") to be refused.
    if (stats.size > MAX_PLAN_BYTES) throw new FileProblem(`Cannot read '${file}': ${tooBig(stats.size)}`);
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

/** `2.4 MB is too big for a plan (the limit is 2 MB)`. */
export function tooBig(bytes: number): string {
  const mb = (value: number): string => `${Math.round((value / 1024 / 1024) * 10) / 10} MB`;
  return `${mb(bytes)} is too big for a plan (the limit is ${mb(MAX_PLAN_BYTES)})`;
}

/** The same file on disk (device and inode), following symbolic links; false when either does not exist. */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** A temporary name nobody can guess, next to `file`: `.<name>.<12 random hex digits>.tmp`. */
function temporaryNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `content` to a new temporary file next to `target` (created with O_EXCL, so an existing file or a symlink
 * planted there is never followed), gives it `stats`' mode (with setuid/setgid/sticky) and owner, and renames it
 * over `target`. The temporary file is removed on any failure.
 */
function replaceByRename(target: string, content: string, stats: fs.Stats | undefined): void {
  const temporary = temporaryNameFor(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temporary, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
    fs.writeFileSync(fd, content, 'utf8');
    if (stats) {
      // The owner first: chown clears setuid/setgid, chmod then puts the whole mode back (umask does not apply).
      if (process.getuid !== undefined && (stats.uid !== process.getuid() || stats.gid !== process.getgid?.())) {
        try {
          fs.fchownSync(fd, stats.uid, stats.gid);
        } catch {
          // Only root may give a file away; a user fixing a file they can write keeps their own ownership.
        }
      }
      fs.fchmodSync(fd, stats.mode & 0o7777);
    } else {
      fs.fchmodSync(fd, 0o666 & ~process.umask());
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing to clean up; the original is untouched either way.
    }
    throw error;
  }
}

/**
 * Replaces a plan file's content, keeping what the file is: its mode (setuid, setgid and sticky bits too), owner
 * and group, hard links, and the symbolic link that led to it.
 * - A regular file with one link: a temporary file in the folder of the file itself (after symbolic links, so a
 *   link to another file system never meets EXDEV), then a rename over it — atomic.
 * - A file with several hard links: written in place, so every link keeps seeing the plan (a rename would give
 *   this name a new file and leave the other names on the old text).
 * - A read-only file (no write bit for its owner, or not writable by this user) is refused: nothing written.
 * With `expected` (the content that was read), a file changed on disk since is left alone: FileProblem.
 */
export function writeFileAtomically(file: string, content: string, expected?: string): void {
  let target: string;
  let stats: fs.Stats;
  try {
    target = fs.realpathSync(file);
    stats = fs.statSync(target);
  } catch (error) {
    throw new FileProblem(`Cannot write '${file}': ${describeFsError(error)}`);
  }
  if (!stats.isFile()) throw new FileProblem(`Cannot write '${file}': not a regular file`);
  if ((stats.mode & 0o222) === 0 || !writable(target)) {
    throw new FileProblem(`Cannot write '${file}': the file is read-only; nothing written`);
  }
  if (expected !== undefined) {
    let current: string | undefined;
    try {
      current = fs.readFileSync(target, 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== expected) throw new FileProblem(`Cannot write '${file}': it changed on disk while being fixed; nothing written`);
  }
  try {
    if (stats.nlink > 1) writeInPlace(target, content);
    else replaceByRename(target, content, stats);
  } catch (error) {
    throw new FileProblem(`Cannot write '${file}': ${describeFsError(error)}`);
  }
}

function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Rewrites a file through the same inode: write everything, then cut what is left of the old text. */
function writeInPlace(file: string, content: string): void {
  const fd = fs.openSync(file, fs.constants.O_WRONLY | (fs.constants.O_NOFOLLOW ?? 0));
  try {
    const bytes = Buffer.from(content, 'utf8');
    fs.writeSync(fd, bytes, 0, bytes.length, 0);
    fs.ftruncateSync(fd, bytes.length);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes an output file (`hybrid export -o`): never the plan it was made from, never through a symbolic link, never
 * into a FIFO, device or directory; a new or regular file is replaced atomically (temporary file + rename).
 */
export function writeOutputFile(file: string, content: string, input: string): void {
  let stats: fs.Stats | undefined;
  try {
    stats = fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new FileProblem(`Cannot write '${file}': ${describeFsError(error)}`);
  }
  if (stats?.isSymbolicLink()) throw new FileProblem(`Cannot write '${file}': a symbolic link (give the file it points to, or another name)`);
  if (stats?.isDirectory()) throw new FileProblem(`Cannot write '${file}': is a directory`);
  if (stats && !stats.isFile()) throw new FileProblem(`Cannot write '${file}': not a regular file`);
  if (stats && sameFile(file, input)) throw new FileProblem(`Cannot write '${file}': it is the plan being exported; give another output file`);
  try {
    replaceByRename(file, content, stats);
  } catch (error) {
    throw new FileProblem(`Cannot write '${file}': ${describeFsError(error)}`);
  }
}

/** The file's path after symbolic links, or its absolute path when it cannot be resolved (reading will say why). */
export function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
