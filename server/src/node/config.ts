// `.hybridrc.json` discovery for the CLI and the language server: the nearest file in the plan's folder or a parent,
// never above the plan's repository or the user's home, never from a folder anyone may write (docs/cli.md).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeFsError, FileProblem } from './files';

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
  let directory = path.dirname(path.resolve(planFile));
  const uid = process.getuid?.();
  const foreign = (stats: fs.Stats): boolean => uid !== undefined && stats.uid !== uid && stats.uid !== 0;
  for (;;) {
    const folder = statOf(directory);
    if (!folder || (process.platform !== 'win32' && ((folder.mode & 0o002) !== 0 || foreign(folder)))) return undefined;
    const candidate = path.join(directory, CONFIG_FILE_NAME);
    const file = statOf(candidate);
    if (file?.isFile()) return process.platform !== 'win32' && foreign(file) ? undefined : candidate;
    if (statOf(path.join(directory, '.git')) || directory === home) return undefined;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** Reads and parses a `.hybridrc.json`; a missing, unreadable or invalid file is a one-line FileProblem. */
export function readConfigFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new FileProblem(`Cannot read '${file}': ${describeFsError(error)}`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new FileProblem(`Cannot parse '${file}': ${reason}`);
  }
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
