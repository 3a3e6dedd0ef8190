import { DataTexture, FloatType, type Group, Matrix4, RGBAFormat, UnsignedByteType } from 'three'
import {
  type FacetJointId,
  parseStructureId,
  type Region,
  regionOf,
  STRUCTURE_IDS,
  type StructureId,
} from '../anatomy/ids'
import { IDENTITY, type Rigid } from '../anatomy/motion'
import type { Keyframe } from '../physics/stretchPlayback'

/**
 * Per-structure motion and colour for the whole spine, kept in two small textures the batch shader
 * reads (a 4×128 float texture of matrices, a 128-texel colour tint), plus the matrices of the meshes
 * drawn on their own. Nothing here allocates once set up: the frame loop only writes numbers.
 */
export const motionTexture = new DataTexture(new Float32Array(4 * 128 * 4), 4, 128, RGBAFormat, FloatType)
export const tintTexture = new DataTexture(new Uint8Array(128 * 4), 128, 1, RGBAFormat, UnsignedByteType)

const ownMeshGroups = new Map<StructureId, Group>()
export function registerMotionGroup(id: StructureId, group: Group | null): void {
  if (group) ownMeshGroups.set(id, group)
  else ownMeshGroups.delete(id)
}

/**
 * Each structure's role, worked out once: which rigid motion it follows (its bone, or halfway between
 * its two bones for discs and joints), whether it is a facet joint, and its region.
 */
const roles = STRUCTURE_IDS.map((id) => {
  const p = parseStructureId(id)
  const segment = p?.kind === 'disc' || p?.kind === 'facet' ? `${p.joint.upper}-${p.joint.lower}` : null
  return {
    id,
    segment,
    bone: segment === null ? id : null,
    isFacet: p?.kind === 'facet',
    region: p ? regionOf(p) : null,
  }
})

const scratch = new Matrix4()
function toMatrix(r: Rigid, target: Matrix4): Matrix4 {
  const [a, b, c] = r.r
  return target.set(a[0], a[1], a[2], r.t[0], b[0], b[1], b[2], r.t[1], c[0], c[1], c[2], r.t[2], 0, 0, 0, 1)
}

/** Moves every structure to a keyframe of a stretch (null: back to rest). */
export function applyKeyframe(frame: Keyframe | null): void {
  const data = motionTexture.image.data as Float32Array
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i] as (typeof roles)[number]
    const rigid = frame
      ? ((role.segment !== null ? frame.segments.get(role.segment) : frame.bones.get(role.bone as string)) ?? IDENTITY)
      : IDENTITY
    toMatrix(rigid, scratch)
    data.set(scratch.elements, i * 16)
    const group = ownMeshGroups.get(role.id)
    if (group) {
      group.matrix.copy(scratch)
      group.matrixWorldNeedsUpdate = true
    }
  }
  motionTexture.needsUpdate = true
}

const OPEN: readonly [number, number, number] = [40, 200, 190]
const CLOSE: readonly [number, number, number] = [235, 110, 40]
const POP: readonly [number, number, number] = [255, 236, 80]
const REGION: readonly [number, number, number] = [90, 160, 255]
const NONE: readonly [number, number, number] = [0, 0, 0]

/**
 * Colours: during a stretch each facet joint by how much it opens (teal) or closes (orange); in yellow
 * the joints outside the neck that open as far as joints that cracked in Cramer 2012 (the keyframe
 * says which; neck joints never are). With a stretch card open, its region lightly tinted.
 */
export function applyTints(frame: Keyframe | null, highlightRegions: readonly Region[]): void {
  const data = tintTexture.image.data as Uint8Array
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i] as (typeof roles)[number]
    let rgb = NONE
    let strength = 0
    if (frame && role.isFacet) {
      const id = role.id as FacetJointId
      const opening = frame.opening.get(id) ?? 0
      if (frame.openAsCracked.has(id)) {
        rgb = POP
        strength = 1
      } else if (Math.abs(opening) > 0.05) {
        rgb = opening > 0 ? OPEN : CLOSE
        strength = Math.min(1, Math.abs(opening) / 1.5)
      }
    } else if (!frame && !role.isFacet && role.region !== null && highlightRegions.includes(role.region)) {
      rgb = REGION
      strength = 0.35
    }
    data[i * 4] = rgb[0]
    data[i * 4 + 1] = rgb[1]
    data[i * 4 + 2] = rgb[2]
    data[i * 4 + 3] = Math.round(strength * 255)
  }
  tintTexture.needsUpdate = true
}

// start at rest: identity matrices, no tint
applyKeyframe(null)
applyTints(null, [])
