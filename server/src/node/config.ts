// `.hybridrc.json` discovery for the CLI and the language server: the nearest file in the plan's folder or a parent.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeFsError, FileProblem } from './files';

export const CONFIG_FILE_NAME = '.hybridrc.json';

/** The nearest `.hybridrc.json` for a plan file (its folder, then each parent), or undefined. */
export function findConfigFile(planFile: string): string | undefined {
  let directory = path.dirname(path.resolve(planFile));
  for (;;) {
    const candidate = path.join(directory, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
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
