import { DoubleSide, MeshStandardMaterial } from 'three'
import type { StructureKind } from '../anatomy/ids'
import type { GroupState } from '../store'

export type Highlight = 'none' | 'hovered' | 'selected'
type MaterialKind = 'bone' | 'disc' | 'facet'

const kindOf = (kind: StructureKind): MaterialKind => (kind === 'disc' ? 'disc' : kind === 'facet' ? 'facet' : 'bone')

function make(kind: MaterialKind, highlight: Highlight, ghost: boolean): MeshStandardMaterial {
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
    material.emissive.set('#1d7fe0')
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

/** Shared materials: one per kind, highlight and ghosting, made once and reused by every mesh. */
const MATERIALS = new Map<string, MeshStandardMaterial>()
export function structureMaterial(
  kind: StructureKind,
  highlight: Highlight,
  display: GroupState,
): MeshStandardMaterial {
  const k = kindOf(kind)
  const ghost = display === 'ghosted'
  const key = `${k}:${highlight}:${ghost}`
  let material = MATERIALS.get(key)
  if (!material) {
    material = make(k, highlight, ghost)
    MATERIALS.set(key, material)
  }
  return material
}

export function disposeAllMaterials(): void {
  for (const m of MATERIALS.values()) m.dispose()
  MATERIALS.clear()
}
