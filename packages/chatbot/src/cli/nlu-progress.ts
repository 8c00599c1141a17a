// A small progress bar on stderr, redrawn in place with `\r` (plain start/end lines when not a terminal).

/** A running progress bar. */
export interface ProgressBar {
  /** Advances by `n` steps (default 1). */
  tick(n?: number): void;
  /** Finishes the bar with its elapsed time. */
  done(note?: string): void;
}

const WIDTH = 24;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/**
 * Starts a bar for `total` steps (0: unknown, shown as a spinner with elapsed time). Redraws at
 * most ten times a second so that drawing never slows the work being measured.
 */
export function createProgressBar(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): ProgressBar {
  const started = performance.now();
  const tty = stream.isTTY === true;
  let count = 0;
  let lastDraw = 0;
  let spin = 0;
  const draw = (final: boolean, note = '') => {
    const elapsed = seconds(performance.now() - started);
    let line: string;
    if (total > 0) {
      const share = Math.min(1, count / total);
      const filled = Math.round(share * WIDTH);
      line = `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.round(share * 100)}% ${count}/${total} ${elapsed}`;
    } else {
      line = `${label} ${final ? 'done' : '|/-\\'[spin++ % 4]} ${elapsed}`;
    }
    if (note) line += ` ${note}`;
    if (tty) stream.write(`\r\u001b[2K${line}${final ? '\n' : ''}`);
    else if (final) stream.write(`${line}\n`);
  };
  if (!tty) stream.write(`${label} …\n`);
  const timer = total > 0 || !tty ? undefined : setInterval(() => draw(false), 250);
  timer?.unref();
  draw(false);
  return {
    tick(n = 1) {
      count += n;
      const now = performance.now();
      if (tty && now - lastDraw > 100) {
        lastDraw = now;
        draw(false);
      }
    },
    done(note) {
      if (timer) clearInterval(timer);
      count = total;
      draw(true, note);
    },
  };
}
