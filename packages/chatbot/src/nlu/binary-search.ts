// Lookup in a sorted numeric array: the model's vocabulary and known phrasings need no Map to load.

/** Index of `value` in the ascending `sorted` array, or −1 when absent. */
export function binarySearch(sorted: Uint32Array | Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const here = sorted[mid]!;
    if (here < value) lo = mid + 1;
    else if (here > value) hi = mid - 1;
    else return mid;
  }
  return -1;
}
