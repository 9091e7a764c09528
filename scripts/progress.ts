/** The scripts' progress lines on stdout: the seconds since the script started, then the message. */
export function progressLines(started = performance.now()): (message: string) => void {
  return (message) =>
    void process.stdout.write(
      `${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${message}\n`,
    );
}
