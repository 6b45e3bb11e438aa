// The nearest `.hybridrc.json` of a plan file (found and read by the Node helpers the CLI uses too), cached per
// folder until a watched-file event says one changed: the keystroke path never touches the disk.
import { dirname } from 'node:path';
import { findConfigFile, readConfigFile } from '../node/config';

export interface RcFile {
  path: string;
  /** The parsed JSON (a `{rules: {...}}` layer) when it could be read. */
  content?: unknown;
  /** One line saying why the file could not be used (names the file). */
  error?: string;
}

export class RcFiles {
  /** Folder → the nearest rc file at or above it (null: none). */
  private readonly byFolder = new Map<string, RcFile | null>();
  /** Path → what reading it gave. */
  private readonly byPath = new Map<string, RcFile>();

  /** The nearest `.hybridrc.json` in the plan's folder or a parent, or undefined. */
  nearest(planPath: string): RcFile | undefined {
    const folder = dirname(planPath);
    let found = this.byFolder.get(folder);
    if (found === undefined) {
      const path = findConfigFile(planPath);
      found = path ? this.read(path) : null;
      this.byFolder.set(folder, found);
    }
    return found ?? undefined;
  }

  clear(): void {
    this.byFolder.clear();
    this.byPath.clear();
  }

  private read(path: string): RcFile {
    let file = this.byPath.get(path);
    if (!file) {
      try {
        file = { path, content: readConfigFile(path) };
      } catch (error) {
        file = { path, error: error instanceof Error ? error.message : String(error) };
      }
      this.byPath.set(path, file);
    }
    return file;
  }
}
