import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order test files start in: the longest first, whichever project they belong to, so that
 * the run does not end with a minute-long file on one worker while the other has nothing left
 * (vitest's own order runs the projects one after the other, so the `slow` project's files
 * came last). A file that failed last time comes first, and one never run before next. On a
 * fresh checkout, which has no durations yet, the `slow` project's files start first, then
 * the others by size.
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const key = (file: TestSpecification) =>
      `${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`;
    const last = (file: TestSpecification) => this.ctx.cache.getFileTestResults(key(file));
    const size = (file: TestSpecification) => this.ctx.cache.getFileStats(key(file))?.size ?? 0;
    const slow = (file: TestSpecification) => (file.project.name === 'slow' ? 1 : 0);
    return [...files].sort((a, b) => {
      const [lastA, lastB] = [last(a), last(b)];
      if (lastA && lastB) {
        if (lastA.failed !== lastB.failed) return lastA.failed ? -1 : 1;
        return lastB.duration - lastA.duration;
      }
      if (lastA || lastB) return lastA ? 1 : -1;
      return slow(b) - slow(a) || size(b) - size(a);
    });
  }
}
