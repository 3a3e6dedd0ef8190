import type { BufferGeometry } from 'three'

/**
 * What keeps an indexed mesh from being sound and closed: coordinates that are not finite numbers, triangles
 * of (almost) no area, edges not shared by exactly two triangles, and edges both of whose triangles run the
 * same way along them (one of the two faces in, and culled, it shows as a hole from outside). Empty for a sound mesh; otherwise the
 * first few faults of each kind, named. Tests assert the list is empty: one assertion per mesh, where one per
 * coordinate and per triangle cost more than the checks themselves (about 6 µs each).
 */
export function meshFaults(g: BufferGeometry, minArea = 1e-6): string[] {
  const faults: string[] = []
  const note = (kind: string, text: string) => {
    if (faults.filter((f) => f.startsWith(kind)).length < 5) faults.push(`${kind} ${text}`)
  }
  const pos = g.getAttribute('position')
  const index = g.getIndex()
  if (!index) return ['not indexed']
  for (let i = 0; i < pos.array.length; i++)
    if (!Number.isFinite(pos.array[i])) note('coordinate', `${i} is ${pos.array[i]}`)
  const edges = new Map<string, number>()
  // each directed edge once: its other triangle runs along it the other way when both face out
  const directed = new Set<string>()
  for (let t = 0; t < index.count; t += 3) {
    const ids = [index.getX(t), index.getX(t + 1), index.getX(t + 2)] as const
    const [a, b, c] = ids.map((i) => [pos.getX(i), pos.getY(i), pos.getZ(i)] as const)
    const u = [b![0] - a![0], b![1] - a![1], b![2] - a![2]] as const
    const w = [c![0] - a![0], c![1] - a![1], c![2] - a![2]] as const
    const area = Math.hypot(u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]) / 2
    // (written so that a NaN area is a fault too)
    if (!(area > minArea)) note('triangle', `${t / 3} has area ${area}`)
    for (let k = 0; k < 3; k++) {
      const p = ids[k]!
      const q = ids[(k + 1) % 3]!
      const key = p < q ? `${p}-${q}` : `${q}-${p}`
      edges.set(key, (edges.get(key) ?? 0) + 1)
      if (directed.has(`${p}>${q}`)) note('winding', `${p}>${q} is run the same way by two triangles`)
      directed.add(`${p}>${q}`)
    }
  }
  for (const [edge, count] of edges) if (count !== 2) note('edge', `${edge} is shared by ${count} triangles`)
  return faults
}
