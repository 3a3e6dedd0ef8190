import { DoubleSide, MeshStandardMaterial } from 'three'
import type { GroupState } from '../store'

export type NeuralHighlight = 'none' | 'hovered' | 'selected'

/**
 * The materials the cord, nerve roots, ligaments, sacroiliac joints and ilia are drawn with: one per
 * highlight and per shown / ghosted, shared by every mesh (their colours are in the geometry: cord, root,
 * ganglion, ligament, ilium; geometry/neural.ts). Made once per view, disposed with it.
 */
export interface NeuralMaterials {
  material(highlight: NeuralHighlight, display: GroupState): MeshStandardMaterial
  dispose(): void
}

function makeMaterial(highlight: NeuralHighlight, ghost: boolean): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ vertexColors: true, color: '#ffffff', roughness: 0.55, metalness: 0 })
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
  const made = new Map<string, MeshStandardMaterial>()
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
    dispose() {
      for (const m of made.values()) m.dispose()
      made.clear()
    },
  }
}
