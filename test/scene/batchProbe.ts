import type { DataTexture, Mesh } from 'three'
import { STRUCTURE_IDS, type StructureId } from '../../src/anatomy/ids'
import type { MountedScene } from './harness'

/** How the overview batch draws one structure, as its shader reads the per-structure state texture. */
export type BatchDraw = 'drawn' | 'glowing' | 'left to its own mesh'

/** The codes src/scene/overviewShader.ts documents for `structureStates`. */
const BY_CODE: Record<number, BatchDraw> = { 0: 'drawn', 100: 'glowing', 200: 'left to its own mesh' }

/** The uniforms three bound to the batch's program when it last drew it (what the GPU received). */
function drawnUniforms(scene: MountedScene): Record<string, { value: unknown }> {
  const { gl, scene: root } = scene.three()
  const batch = root.getObjectByName('spine-batch') as Mesh | undefined
  if (!batch) throw new Error('the overview batch is not in the scene')
  const { uniforms } = gl.properties.get(batch.material) as { uniforms?: Record<string, { value: unknown }> }
  if (!uniforms) throw new Error('the overview batch has not been drawn yet')
  return uniforms
}

/**
 * A texture the batch's program samples. (The stub WebGL context lists no active uniforms, so three never
 * uploads it: whether a change was drawn is for the test to check, by the frames `settle()` ran.)
 */
export function drawnTexture(scene: MountedScene, uniform: string): DataTexture {
  const texture = drawnUniforms(scene)[uniform]?.value as DataTexture | undefined
  if (!texture?.isTexture) throw new Error(`the overview batch has no ${uniform} texture`)
  return texture
}

/** Per structure, how the last frame drew it in the batch. */
export function batchDraws(scene: MountedScene): Map<StructureId, BatchDraw> {
  const data = drawnTexture(scene, 'structureStates').image.data as Uint8Array
  return new Map(
    STRUCTURE_IDS.map((id, i) => {
      const draw = BY_CODE[data[i] ?? -1]
      if (!draw) throw new Error(`unknown batch state ${data[i]} for ${id}`)
      return [id, draw]
    }),
  )
}

/** The structures the last frame drew in a given way, in STRUCTURE_IDS order. */
export function structuresDrawn(scene: MountedScene, how: BatchDraw): StructureId[] {
  return [...batchDraws(scene)].filter(([, draw]) => draw === how).map(([id]) => id)
}

/** Per structure, the tint the batch mixes in: [r, g, b, strength], 0–255 each. */
export function batchTint(scene: MountedScene, id: StructureId): [number, number, number, number] {
  const data = drawnTexture(scene, 'structureTint').image.data as Uint8Array
  const i = STRUCTURE_IDS.indexOf(id) * 4
  return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0]
}

/** Per structure, whether the batch moves it (its motion matrix is not the identity). */
export function batchMoves(scene: MountedScene, id: StructureId): boolean {
  const data = drawnTexture(scene, 'structureMotion').image.data as Float32Array
  const m = data.subarray(STRUCTURE_IDS.indexOf(id) * 16, STRUCTURE_IDS.indexOf(id) * 16 + 16)
  return m.some((v, k) => Math.abs(v - (k % 5 === 0 ? 1 : 0)) > 1e-6)
}
