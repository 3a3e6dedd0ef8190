import {
  CustomBlending,
  DataTexture,
  DoubleSide,
  FloatType,
  GreaterDepth,
  type Group,
  Matrix4,
  MeshBasicMaterial,
  MeshLambertMaterial,
  MeshStandardMaterial,
  OneFactor,
  OneMinusSrcAlphaFactor,
  RedFormat,
  RGBAFormat,
  SrcAlphaFactor,
  UnsignedByteType,
  ZeroFactor,
} from 'three'
import { changedByCondition } from '../anatomy/conditionModels'
import {
  type FacetJointId,
  isStructureId,
  parseStructureId,
  type Region,
  regionOf,
  STRUCTURE_IDS,
  type StructureId,
  type StructureKind,
} from '../anatomy/ids'
import { IDENTITY, type Rigid } from '../anatomy/motion'
import { openedStructures } from '../geometry/cutaway'
import { structuresNear } from '../geometry/world'
import type { Keyframe } from '../physics/stretchPlayback'
import { CLOSE_UP_RADIUS, type FacetState, type GroupState, structureDisplay } from '../store'
import { conditionInView } from '../store/conditionSlice'
import { patchOverviewShader } from './overviewShader'

export type Highlight = 'none' | 'hovered' | 'selected'
type MaterialKind = 'bone' | 'disc' | 'facet'

/**
 * The GPU-side state of one 3D view of the spine, created with the view and disposed with it: the three
 * small textures the overview shader reads (per-structure draw state, motion matrices, colour tint), the
 * overview material, the shared per-structure materials, and the groups of meshes drawn on their own.
 * Nothing here allocates once made: the frame loop only writes numbers.
 */
export interface SpineResources {
  readonly batchMaterial: MeshLambertMaterial
  /** Invisible to the renderer, still hit by the raycaster. */
  readonly pickOnly: MeshBasicMaterial
  /**
   * A selected bone drawn a second time, faint and in the selection's blue, only where it lies behind what is
   * drawn (depth test 'greater'): C2's dens stood behind C1's front arch, and the bone's best-known part was
   * hidden when it was selected (a student's review, s38). Where the bone hides itself, blue falls on its own
   * blue and does not show.
   */
  readonly seenThroughBone: MeshBasicMaterial
  /** Shared materials: one per kind, highlight and ghosting, made once and reused by every mesh. */
  material(kind: StructureKind, highlight: Highlight, display: GroupState): MeshStandardMaterial
  registerMotionGroup(id: StructureId, group: Group | null): void
  /**
   * Which structures the batch draws, highlights or leaves to their own meshes. Until those meshes exist
   * (they come after the first frame) the batch draws every shown structure, so the first frame, which
   * `facet.ready` announces, shows the whole spine even when a link selects something.
   */
  writeStates(state: FacetState, ownMeshesReady: boolean): void
  /** Moves every structure to a keyframe of a stretch (null: back to rest). */
  applyKeyframe(frame: Keyframe | null): void
  /**
   * Colours: during a stretch each facet joint by how much it opens (teal) or closes (orange); in yellow the
   * low-back joints that open as far as joints that cracked in Cramer 2012 (the keyframe says which). With a
   * stretch card open, its region lightly tinted.
   */
  applyTints(frame: Keyframe | null, highlightRegions: readonly Region[]): void
  /** How many structures the overview leaves to their own meshes now (for tests and the benchmark). */
  skippedCount(): number
  dispose(): void
}

/** Per-structure state read by the shader: drawn, drawn highlighted, or left to its own mesh. */
const BATCH_DRAW = 0
const BATCH_HOVER = 1
const BATCH_SKIP = 2

const OPEN: readonly [number, number, number] = [40, 200, 190]
const CLOSE: readonly [number, number, number] = [235, 110, 40]
const POP: readonly [number, number, number] = [255, 236, 80]
const REGION: readonly [number, number, number] = [90, 160, 255]
const NONE: readonly [number, number, number] = [0, 0, 0]

/**
 * Each structure's role, worked out once (a constant table): which rigid motion it follows (its bone, or
 * halfway between its two bones for discs and joints), whether it is a facet joint, and its region.
 */
const ROLES = STRUCTURE_IDS.map((id) => {
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

function toMatrix(r: Rigid, target: Matrix4): Matrix4 {
  const [a, b, c] = r.r
  return target.set(a[0], a[1], a[2], r.t[0], b[0], b[1], b[2], r.t[1], c[0], c[1], c[2], r.t[2], 0, 0, 0, 1)
}

/** The selection's blue glow. */
const SELECTED_EMISSIVE = '#1d7fe0'
/** Fainter than a selected part's pink seen through (0.45): a whole bone covers more of what stands over it. */
const SEEN_THROUGH_BONE_OPACITY = 0.35
/** Where a selected bone's seen-through pass and the bone itself come among the opaque meshes (all others at 0). */
export const SEEN_THROUGH_ORDER = 1
export const SELECTED_BONE_ORDER = 2

function makeMaterial(kind: MaterialKind, highlight: Highlight, ghost: boolean): MeshStandardMaterial {
  const material = new MeshStandardMaterial({
    vertexColors: true,
    color: '#ffffff',
    roughness: kind === 'bone' ? 0.68 : 0.5,
    metalness: 0,
  })
  if (highlight === 'hovered') {
    material.emissive.set('#2d5b8a')
    material.emissiveIntensity = 0.45
  }
  if (highlight === 'selected') {
    material.emissive.set(SELECTED_EMISSIVE)
    material.emissiveIntensity = 0.75
  }
  if (ghost) {
    material.transparent = true
    material.opacity = 0.14
    material.depthWrite = false
    material.side = DoubleSide
  }
  return material
}

export function createSpineResources(): SpineResources {
  const stateTexture = new DataTexture(new Uint8Array(128), 128, 1, RedFormat, UnsignedByteType)
  const motionTexture = new DataTexture(new Float32Array(4 * 128 * 4), 4, 128, RGBAFormat, FloatType)
  const tintTexture = new DataTexture(new Uint8Array(128 * 4), 128, 1, RGBAFormat, UnsignedByteType)
  const batchMaterial = new MeshLambertMaterial({ vertexColors: true })
  batchMaterial.onBeforeCompile = (shader) =>
    patchOverviewShader(shader, {
      structureStates: stateTexture,
      structureMotion: motionTexture,
      structureTint: tintTexture,
    })
  const pickOnly = new MeshBasicMaterial({ visible: false })
  // Drawn among the opaque meshes (not `transparent`), after every other one and before the selected bone
  // itself (`SEEN_THROUGH_ORDER`, `SELECTED_BONE_ORDER`): where the bone hides itself, its own draw then covers
  // the blue, so only what other bones and joints hide shows through. Blended by hand, leaving the canvas's
  // alpha as it was.
  const seenThroughBone = new MeshBasicMaterial({
    color: SELECTED_EMISSIVE,
    opacity: SEEN_THROUGH_BONE_OPACITY,
    blending: CustomBlending,
    blendSrc: SrcAlphaFactor,
    blendDst: OneMinusSrcAlphaFactor,
    blendSrcAlpha: ZeroFactor,
    blendDstAlpha: OneFactor,
    depthWrite: false,
    depthFunc: GreaterDepth,
  })
  const materials = new Map<string, MeshStandardMaterial>()
  const ownMeshGroups = new Map<StructureId, Group>()
  const scratch = new Matrix4()

  const resources: SpineResources = {
    batchMaterial,
    pickOnly,
    seenThroughBone,
    material(kind, highlight, display) {
      const k: MaterialKind = kind === 'disc' ? 'disc' : kind === 'facet' ? 'facet' : 'bone'
      const ghost = display === 'ghosted'
      const key = `${k}:${highlight}:${ghost}`
      let material = materials.get(key)
      if (!material) {
        material = makeMaterial(k, highlight, ghost)
        materials.set(key, material)
      }
      return material
    },
    registerMotionGroup(id, group) {
      if (group) ownMeshGroups.set(id, group)
      else ownMeshGroups.delete(id)
    },
    writeStates(state, ownMeshesReady) {
      const data = stateTexture.image.data as Uint8Array
      // during a stretch the batch draws everything but the selection, so every joint shows its gap colour
      // An opened joint (the crack close-up) draws itself and its two bones; the batch draws the rest, so
      // nothing round it is generated or shaded at full detail while the crack plays.
      const closeUp: ReadonlySet<StructureId> | null = !ownMeshesReady
        ? null
        : state.closeUpJoint
          ? new Set(openedStructures(state.closeUpJoint))
          : state.selected
            ? state.stretchPlaying
              ? new Set([state.selected].filter(isStructureId))
              : structuresNear(state.selected, CLOSE_UP_RADIUS, STRUCTURE_IDS)
            : null
      STRUCTURE_IDS.forEach((id, i) => {
        const display = structureDisplay(state.groups, id)
        // (a structure a condition changes is drawn, changed, by the condition's own mesh)
        const ownMesh =
          display !== 'shown' ||
          closeUp?.has(id) === true ||
          (conditionInView(state) && changedByCondition(state.condition?.id ?? null, id))
        // (a ghosted structure waits for its own translucent mesh; a hidden one is never drawn)
        const code = ownMesh ? BATCH_SKIP : state.hovered === id ? BATCH_HOVER : BATCH_DRAW
        data[i] = code * 100
      })
      stateTexture.needsUpdate = true
    },
    applyKeyframe(frame) {
      const data = motionTexture.image.data as Float32Array
      for (let i = 0; i < ROLES.length; i++) {
        const role = ROLES[i] as (typeof ROLES)[number]
        const rigid = frame
          ? ((role.segment !== null ? frame.segments.get(role.segment) : frame.bones.get(role.bone as string)) ??
            IDENTITY)
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
    },
    applyTints(frame, highlightRegions) {
      const data = tintTexture.image.data as Uint8Array
      for (let i = 0; i < ROLES.length; i++) {
        const role = ROLES[i] as (typeof ROLES)[number]
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
    },
    skippedCount: () => (stateTexture.image.data as Uint8Array).filter((code) => code === BATCH_SKIP * 100).length,
    dispose() {
      for (const t of [stateTexture, motionTexture, tintTexture]) t.dispose()
      batchMaterial.dispose()
      pickOnly.dispose()
      seenThroughBone.dispose()
      for (const m of materials.values()) m.dispose()
      materials.clear()
      ownMeshGroups.clear()
    },
  }
  // start at rest: identity matrices, no tint
  resources.applyKeyframe(null)
  resources.applyTints(null, [])
  return resources
}
