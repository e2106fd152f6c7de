// Progress on stderr: a redrawn bar on a terminal, plain lines otherwise (CI, pipes), so
// stdout carries only the result.
import type { CommandIo } from './command.ts';

export interface Progress {
  update(done: number, total: number, message?: string): void;
  done(message?: string): void;
}

export function createProgress(io: CommandIo, label: string): Progress {
  const tty = io.stderr.isTTY === true;
  let lastLine = 0;
  let lastPct = -1;
  return {
    update(done, total, message) {
      const pct = total > 0 ? Math.floor((done / total) * 100) : 0;
      if (tty) {
        const now = Date.now();
        if (now - lastLine < 50 && done < total) return;
        lastLine = now;
        const width = Math.max(10, Math.min(40, (io.stderr.columns ?? 80) - 40));
        const filled = Math.round((pct / 100) * width);
        const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
        io.stderr.write(`\r${label} ${bar} ${pct}% ${done}/${total}${message ? ` ${message}` : ''}\x1b[K`);
      } else {
        // One line per 10% step keeps logs readable.
        const step = Math.floor(pct / 10);
        if (step === lastPct && done < total) return;
        lastPct = step;
        io.stderr.write(`${label}: ${done}/${total} (${pct}%)${message ? ` ${message}` : ''}\n`);
      }
    },
    done(message) {
      if (tty) io.stderr.write('\r\x1b[K');
      if (message) io.stderr.write(`${label}: ${message}\n`);
    },
  };
}
