// `.hybridrc.json` discovery for the CLI and the language server: the nearest file in the plan's folder or a parent,
// never above the plan's repository or the user's home, never from a folder anyone may write (docs/cli.md).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { describeFsError, FileProblem, writeFileAtomically } from './files';

export const CONFIG_FILE_NAME = '.hybridrc.json';

/**
 * The nearest `.hybridrc.json` for a plan file (its folder, then each parent), or undefined. The search stops:
 * - after the repository root (the first folder holding `.git`) and after the user's home folder: a file above the
 *   project is not the project's, and the CLI and the editor must agree (the CLI knows no workspace folder);
 * - before a folder that other users may write (world-writable, like `/tmp`) or that another user owns (not root):
 *   anyone could put a `.hybridrc.json` there and switch every rule off for plans below it.
 * A `.hybridrc.json` owned by another user (not root) is not read either, and ends the search.
 */
export function findConfigFile(planFile: string, home: string = os.homedir()): string | undefined {
  const found = searchConfig(planFile, home);
  return 'file' in found ? found.file : undefined;
}

/** Where the search for a plan's `.hybridrc.json` ended: the file it found, or the first folder it would have read. */
type ConfigSearch = { file: string } | { firstFolder?: string };

function searchConfig(planFile: string, home: string): ConfigSearch {
  let directory = path.dirname(path.resolve(planFile));
  const uid = process.getuid?.();
  const foreign = (stats: fs.Stats): boolean => uid !== undefined && stats.uid !== uid && stats.uid !== 0;
  let firstFolder: string | undefined;
  for (;;) {
    const folder = statOf(directory);
    if (!folder || (process.platform !== 'win32' && ((folder.mode & 0o002) !== 0 || foreign(folder)))) return { firstFolder };
    firstFolder ??= directory;
    const candidate = path.join(directory, CONFIG_FILE_NAME);
    const file = statOf(candidate);
    if (file?.isFile()) return process.platform !== 'win32' && foreign(file) ? { firstFolder } : { file: candidate };
    if (statOf(path.join(directory, '.git')) || directory === home) return { firstFolder };
    const parent = path.dirname(directory);
    if (parent === directory) return { firstFolder };
    directory = parent;
  }
}

/**
 * The `.hybridrc.json` to write a plan's settings to (the editor's "Add 'X' to the vocabulary"): the one the search
 * finds, with its text, or a new file in the plan's own folder when the search would read one there — never in a
 * folder the search skips (world-writable, another user's), where a new file would be ignored.
 */
export function configFileToWrite(planFile: string, home: string = os.homedir()): { file: string; text?: string } | { problem: string } {
  const found = searchConfig(planFile, home);
  if ('file' in found) {
    try {
      return { file: found.file, text: fs.readFileSync(found.file, 'utf8') };
    } catch (error) {
      return { problem: `Cannot read '${found.file}': ${describeFsError(error)}` };
    }
  }
  const folder = path.dirname(path.resolve(planFile));
  if (found.firstFolder !== folder) {
    return { problem: `A .hybridrc.json in '${folder}' would not be read: other users may write that folder, or another user owns it` };
  }
  const file = path.join(folder, CONFIG_FILE_NAME);
  // A file there that the search skipped is another user's: never overwrite it.
  if (statOf(file)) return { problem: `'${file}' belongs to another user and is not read; nothing written` };
  return { file };
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Reads and parses a `.hybridrc.json` — JSON with comments and trailing commas, as VS Code's own settings files; a
 * missing, unreadable or invalid file is a one-line FileProblem.
 */
export function readConfigFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new FileProblem(`Cannot read '${file}': ${describeFsError(error)}`);
  }
  const reason = configTextProblem(text);
  if (reason !== undefined) throw new FileProblem(`Cannot parse '${file}': ${reason}`);
  return parseJsonc(stripBom(text), [], { allowTrailingComma: true });
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Why a `.hybridrc.json` text is not JSON (with comments), with the line and column; undefined when it reads. */
export function configTextProblem(text: string): string | undefined {
  const source = stripBom(text);
  const errors: ParseError[] = [];
  parseJsonc(source, errors, { allowTrailingComma: true });
  if (source.trim() === '') return 'the file is empty; write {} or {"rules": {...}}';
  if (errors.length === 0) return undefined;
  const first = errors[0];
  const before = source.slice(0, first.offset).split('\n');
  return `${printParseErrorCode(first.error)} at line ${before.length} column ${before[before.length - 1].length + 1}`;
}

/** Finds and reads the config layer for a plan file, caching by config path for one run over many files. */
export class ConfigFinder {
  private readonly cache = new Map<string, unknown>();

  /** The nearest config file and its parsed content, or undefined when there is none. */
  forPlan(planFile: string): { file: string; layer: unknown } | undefined {
    const file = findConfigFile(planFile);
    if (!file) return undefined;
    if (!this.cache.has(file)) this.cache.set(file, readConfigFile(file));
    return { file, layer: this.cache.get(file) };
  }
}

/**
 * Writes a `.hybridrc.json`: over the text that was read (`expected`; a file changed since is left alone), or as a new
 * file that must not exist yet.
 */
export function writeConfigFile(file: string, content: string, expected?: string): void {
  if (expected !== undefined) {
    writeFileAtomically(file, content, expected);
    return;
  }
  try {
    fs.writeFileSync(file, content, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    throw new FileProblem(`Cannot write '${file}': ${describeFsError(error)}`);
  }
}
