// The nearest `.hybridrc.json` of a plan file, read once per folder and cached until a watched-file event.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface RcFile {
  path: string;
  /** The parsed JSON (a `{rules: {...}}` layer) when it could be read. */
  content?: unknown;
  /** One line saying why the file could not be used. */
  error?: string;
}

export const RC_FILE_NAME = '.hybridrc.json';

export class RcFiles {
  /** Folder → the nearest rc file at or above it (null: none). */
  private readonly byFolder = new Map<string, RcFile | null>();

  /** The nearest `.hybridrc.json` in the plan's folder or a parent, or undefined. */
  nearest(planPath: string): RcFile | undefined {
    return this.inFolder(dirname(planPath)) ?? undefined;
  }

  clear(): void {
    this.byFolder.clear();
  }

  private inFolder(folder: string): RcFile | null {
    const cached = this.byFolder.get(folder);
    if (cached !== undefined) return cached;
    const candidate = join(folder, RC_FILE_NAME);
    let found: RcFile | null;
    if (isFile(candidate)) found = readRc(candidate);
    else {
      const parent = dirname(folder);
      found = parent === folder ? null : this.inFolder(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

function readRc(path: string): RcFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'I/O error'})` };
  }
  try {
    return { path, content: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return { path, error: `is not valid JSON (${(error as Error).message})` };
  }
}
