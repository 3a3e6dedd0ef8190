import type { Vector3 } from 'three'
import type { StructureId } from '../anatomy/ids'

/** What the 3D view lends the rest of the app while it is mounted: world points to page pixels, and picking. */
export interface SceneBridge {
  project(world: Vector3): { x: number; y: number; onScreen: boolean }
  visiblePoint(id: StructureId): { x: number; y: number } | null
}

/** The scene registers itself here when it mounts; the automation API asks through it. */
export interface SceneSlot {
  current(): SceneBridge | null
  /** Returns the function that unregisters it. */
  register(bridge: SceneBridge): () => void
}

export function createSceneSlot(): SceneSlot {
  let bridge: SceneBridge | null = null
  return {
    current: () => bridge,
    register(b) {
      bridge = b
      return () => {
        if (bridge === b) bridge = null
      }
    },
  }
}
