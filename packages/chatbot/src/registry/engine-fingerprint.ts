// A hash of the NLU engine's source, so that a stored model is reused only by the code that
// trained it (a change to features or training makes every bot train again).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const NLU_DIR = fileURLToPath(new URL('../nlu/', import.meta.url));
let fingerprint: string | undefined;

/** SHA-256 over the engine's non-test source files, in name order; computed once per process. */
export function engineFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const files = readdirSync(NLU_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(NLU_DIR + file))
      .update('\0');
  fingerprint = hash.digest('hex');
  return fingerprint;
}
