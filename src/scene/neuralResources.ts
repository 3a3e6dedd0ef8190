import {
  DataTexture,
  DoubleSide,
  GreaterDepth,
  MeshBasicMaterial,
  MeshLambertMaterial,
  RedFormat,
  ShaderLib,
  UnsignedByteType,
} from 'three'
import type { GroupState } from '../store'

export type NeuralHighlight = 'none' | 'hovered' | 'selected'

/** Rows of the batch's state texture: one per structure (there are 162). */
export const NEURAL_STATE_ROWS = 256
/** A structure the batch leaves to its own mesh (ghosted, highlighted or hidden). */
export const NEURAL_SKIP = 255

/** What the batch's shader adds to three's Lambert shader, each after a chunk that must be there. */
const INSERTIONS = [
  {
    anchor: '#include <common>',
    code: '\nattribute float structureIndex;\nuniform sampler2D neuralStates;',
  },
  {
    anchor: '#include <project_vertex>',
    // a structure left to its own mesh: its vertices go behind the far plane, so nothing of it is drawn
    code: `\nif (texture2D(neuralStates, vec2((structureIndex + 0.5) / ${NEURAL_STATE_ROWS}.0, 0.5)).r > 0.5) gl_Position = vec4(0.0, 0.0, 2.0, 1.0);`,
  },
] as const

/** Three's Lambert vertex shader with the batch's lines in: throws (naming it) if a chunk has gone. */
export function neuralBatchVertexShader(source: string = ShaderLib.lambert.vertexShader): string {
  let out = source
  for (const { anchor, code } of INSERTIONS) {
    if (out.split(anchor).length !== 2)
      throw new Error(`neural batch shader: expected one ${anchor} in three's Lambert shader`)
    out = out.replace(anchor, `${anchor}${code}`)
  }
  return out
}

/**
 * The materials the cord, nerve roots, ligaments, sacroiliac joints and ilia are drawn with: the batch's
 * (every shown structure in one draw call, told per structure by a state texture whether to draw it), one
 * per highlight and per shown / ghosted for the structures drawn by their own meshes, and an invisible one
 * for meshes that only answer the pointer. Colours are in the geometry (cord, root, ganglion, ligament,
 * ilium; geometry/neural.ts). Lambert, as the spine's overview: a software renderer draws a lit PBR
 * fragment at about twice the cost. Made once per view, disposed with it.
 */
export interface NeuralMaterials {
  material(highlight: NeuralHighlight, display: GroupState): MeshLambertMaterial
  readonly batch: MeshLambertMaterial
  /** Per structure (its place in NEURAL_IDS): 0 drawn by the batch, NEURAL_SKIP left to its own mesh. */
  readonly states: DataTexture
  readonly pickOnly: MeshBasicMaterial
  /**
   * The selected structure where something covers it, fainter (depth test 'greater'): a ligament at the back
   * or in the canal, a root in its foramen. Selected with nothing on the model to show it, a student's
   * review found (s38).
   */
  readonly seenThrough: MeshBasicMaterial
  dispose(): void
}

/** The selection's blue (as its glow below), light enough to read over bone. */
const SELECTED_SEEN_THROUGH = '#3f9bff'

function makeMaterial(highlight: NeuralHighlight, ghost: boolean): MeshLambertMaterial {
  const material = new MeshLambertMaterial({ vertexColors: true, color: '#ffffff' })
  // the same highlight colours as the bones' (scene/spineResources.ts), so a hovered root reads as a hovered bone
  if (highlight === 'hovered') {
    material.emissive.set('#2d5b8a')
    material.emissiveIntensity = 0.45
  }
  if (highlight === 'selected') {
    material.emissive.set('#1d7fe0')
    material.emissiveIntensity = 0.75
  }
  if (ghost) {
    material.transparent = true
    material.opacity = 0.22
    material.depthWrite = false
    material.side = DoubleSide
  }
  return material
}

export function createNeuralMaterials(): NeuralMaterials {
  const made = new Map<string, MeshLambertMaterial>()
  const states = new DataTexture(
    new Uint8Array(NEURAL_STATE_ROWS).fill(NEURAL_SKIP),
    NEURAL_STATE_ROWS,
    1,
    RedFormat,
    UnsignedByteType,
  )
  states.needsUpdate = true
  const batch = new MeshLambertMaterial({ vertexColors: true, color: '#ffffff' })
  batch.onBeforeCompile = (shader) => {
    shader.uniforms.neuralStates = { value: states }
    shader.vertexShader = neuralBatchVertexShader(shader.vertexShader)
  }
  batch.customProgramCacheKey = () => 'facet-neural-batch'
  const pickOnly = new MeshBasicMaterial({ visible: false })
  const seenThrough = new MeshBasicMaterial({
    color: SELECTED_SEEN_THROUGH,
    transparent: true,
    opacity: 0.45,
    depthWrite: false,
    depthFunc: GreaterDepth,
  })
  return {
    material(highlight, display) {
      const ghost = display === 'ghosted'
      const key = `${highlight}|${ghost}`
      let m = made.get(key)
      if (!m) {
        m = makeMaterial(highlight, ghost)
        made.set(key, m)
      }
      return m
    },
    batch,
    states,
    pickOnly,
    seenThrough,
    dispose() {
      for (const m of made.values()) m.dispose()
      made.clear()
      batch.dispose()
      pickOnly.dispose()
      seenThrough.dispose()
      states.dispose()
    },
  }
}
