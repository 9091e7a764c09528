import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { PublicationError } from './source.ts';

/** What an output folder holds: the public publication, or the internal extract (personal data). */
export type OutputKind = 'public' | 'internal';

/**
 * The file that marks a folder as this command's output, and of which kind. Only such a folder
 * (or an empty one) is replaced: `--out .` or a mistyped path must never swap away someone's
 * files, and an internal extract must never replace a public site where a web server serves it.
 */
export const outputMarker = '.registertjenester-publikasjon';

/** Refuses an output folder that is not this command's output of this kind (or empty, or new). */
export async function checkReplaceable(out: string, kind: OutputKind) {
  const target = resolve(out);
  const cwd = process.cwd();
  if (target === resolve('/') || cwd === target || cwd.startsWith(target + sep)) {
    throw new PublicationError(`${target} kan ikke byttes ut: den er rotmappen eller holder arbeidsmappen.`);
  }
  const existing = await stat(target).catch(() => null);
  if (!existing) return;
  if (!existing.isDirectory()) throw new PublicationError(`${target} finnes og er ingen mappe.`);
  const marker = await readFile(join(target, outputMarker), 'utf8').catch(() => null);
  if (marker === null) {
    if ((await readdir(target)).length === 0) return;
    throw new PublicationError(
      `${target} finnes og er ingen tidligere publikasjon (mangler ${outputMarker}); velg en ny eller tom mappe.`,
    );
  }
  const previous = (JSON.parse(marker) as { kind?: string }).kind;
  if (previous !== kind) {
    throw new PublicationError(
      kind === 'internal'
        ? `${target} holder den offentlige publikasjonen; det interne uttrekket skrives i en egen mappe.`
        : `${target} holder et internt uttrekk; den offentlige publikasjonen skrives i en egen mappe.`,
    );
  }
}

/** Writes files into a new folder beside the output, which replaces the output only when complete. */
export interface StagedOutput {
  write(path: string, content: string | Uint8Array): Promise<void>;
  /** Swaps the complete folder in for the old output. */
  commit(): Promise<void>;
  /** Removes the new folder; the old output stays as it was. */
  discard(): Promise<void>;
}

export async function stageOutput(out: string, kind: OutputKind): Promise<StagedOutput> {
  const target = resolve(out);
  await checkReplaceable(target, kind);
  const parent = dirname(target);
  const suffix = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(target)}.ny-${suffix}`);
  await mkdir(parent, { recursive: true });
  await mkdir(staging);
  await writeFile(join(staging, outputMarker), `${JSON.stringify({ kind })}\n`);
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
