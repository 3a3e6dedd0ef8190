/** Each triangle started at its smallest index, which keeps its winding: a pack's codec may rotate a triangle. */
export function canonicalTriangles(indices: ArrayLike<number>): number[] {
  const out: number[] = []
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t], indices[t + 1], indices[t + 2]] as [number, number, number]
    const m = Math.min(a, b, c)
    out.push(...(m === a ? [a, b, c] : m === b ? [b, c, a] : [c, a, b]))
  }
  return out
}
