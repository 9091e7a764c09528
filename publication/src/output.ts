import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Writes files into a new folder beside the output, which replaces the output only when complete. */
export interface StagedOutput {
  write(path: string, content: string | Uint8Array): Promise<void>;
  /** Swaps the complete folder in for the old output. */
  commit(): Promise<void>;
  /** Removes the new folder; the old output stays as it was. */
  discard(): Promise<void>;
}

export async function stageOutput(out: string): Promise<StagedOutput> {
  const target = resolve(out);
  const parent = dirname(target);
  const suffix = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(target)}.ny-${suffix}`);
  await mkdir(parent, { recursive: true });
  await mkdir(staging);
  const folders = new Set<string>();
  return {
    async write(path, content) {
      const file = join(staging, path);
      const folder = dirname(file);
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true });
        folders.add(folder);
      }
      await writeFile(file, content);
    },
    async commit() {
      // Two renames: the old folder stays whole until the new one is complete beside it.
      const old = join(parent, `.${basename(target)}.gammel-${suffix}`);
      const hadOld = existsSync(target);
      if (hadOld) await rename(target, old);
      try {
        await rename(staging, target);
      } catch (error) {
        if (hadOld) await rename(old, target);
        throw error;
      }
      if (hadOld) await rm(old, { recursive: true, force: true });
    },
    async discard() {
      await rm(staging, { recursive: true, force: true });
    },
  };
}
