import type { BufferGeometry } from 'three'
import { MEDIAN_AA } from '../../anatomy/neural'
import { CARTILAGE, type Detail, MeshBuilder } from '../builder'
import type { Vec3 } from '../vec3'
import { finish, toWorld } from './frames'
import { shapeOf } from './obstacles'

// The median atlanto-axial joint: the pivot between the front of C2's dens and the facet on the back of C1's
// anterior arch, as a cartilage-coloured lens in the gap the two generated bones leave.

/** The thinnest the joint is drawn where the generated bones come closest (mm): still a visible layer. */
const MIN_THICKNESS = 0.6

export interface MedianAtlantoAxialStation {
  /** Centre of the joint's section at this point across (world mm). */
  readonly p: Vec3
  /** Half the gap between the dens's front and the arch's back here (mm). */
  readonly halfGap: number
}

let stations: MedianAtlantoAxialStation[] | null = null
/**
 * Stations across the joint, left to right, at the middle height of C1's anterior arch: each midway between
 * the front of the dens and the back of the arch at that point across, the joint as wide as the published
 * facet for the dens.
 */
export function medianAtlantoAxialStations(): readonly MedianAtlantoAxialStation[] {
  if (stations) return stations
  const world = (bone: 'C1' | 'C2', part: string): Vec3[] => {
    const s = shapeOf(bone)
    return s.vertices(part).map((v) => toWorld(s.pose, v))
  }
  const arch = world('C1', 'anterior-arch')
  const dens = world('C2', 'dens')
  const archYs = arch.map((v) => v[1])
  const y = (Math.min(...archYs) + Math.max(...archYs)) / 2
  const half = MEDIAN_AA.facetWidth.value / 2
  const near = (v: Vec3, x: number) => Math.abs(v[1] - y) < 1.5 && Math.abs(v[0] - x) < 1
  const out: MedianAtlantoAxialStation[] = []
  for (let i = 0; i <= 6; i++) {
    const x = -half + (2 * half * i) / 6
    const front = Math.max(...dens.filter((v) => near(v, x)).map((v) => v[2]))
    const back = Math.min(...arch.filter((v) => near(v, x) && v[2] > front).map((v) => v[2]))
    if (!Number.isFinite(front) || !Number.isFinite(back)) continue
    out.push({ p: [x, y, (front + back) / 2], halfGap: Math.max(MIN_THICKNESS, back - front) / 2 })
  }
  if (out.length < 3) throw new Error('the dens and the atlas leave no joint space')
  stations = out
  return out
}

/** The median atlanto-axial joint, in the world frame: a lens across the gap, rounded at its sides. */
export function createMedianAtlantoAxialGeometry(detail: Detail = 1): BufferGeometry {
  const b = new MeshBuilder(detail)
  const st = medianAtlantoAxialStations()
  const halfHeight = MEDIAN_AA.facetHeight.value / 2
  const last = st.length - 1
  b.tube(
    'joint',
    st.map((s) => s.p),
    // full height in the middle, narrowing toward the sides as the facet's oval does
    st.map((s, i) => {
      const u = (2 * i) / last - 1
      const round = Math.sqrt(Math.max(0.15, 1 - u * u))
      return [s.halfGap, halfHeight * round] as const
    }),
    CARTILAGE,
    [0, 1, 0],
  )
  return finish(b)
}
