// Dense 8-bit rows: a quarter of the float size on disk and in memory, for the hidden-layer network.

/** Rows of `−127..127` values; `values[r × cols + c] × scales[r]` approximates the original weight. */
export interface QuantizedRows {
  values: Int8Array;
  scales: Float32Array;
}

/** Quantises each row of a dense `rows × cols` matrix to 8 bits with its own scale (its largest entry ↦ ±127). */
export function quantizeRows(dense: Float64Array | Float32Array, rows: number, cols: number): QuantizedRows {
  const values = new Int8Array(rows * cols);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    let max = 0;
    for (let c = 0; c < cols; c++) max = Math.max(max, Math.abs(dense[base + c]!));
    if (max === 0) continue;
    const scale = max / 127;
    scales[r] = scale;
    for (let c = 0; c < cols; c++) values[base + c] = Math.round(dense[base + c]! / scale);
  }
  return { values, scales };
}
