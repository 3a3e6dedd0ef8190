import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import { type BufferGeometry, DataTexture, MeshLambertMaterial, RedFormat, UnsignedByteType } from 'three'
import { STRUCTURE_IDS } from '../anatomy/ids'
import { overviewGeometry } from '../geometry/overview'
import { structuresNear } from '../geometry/world'
import { useRuntime } from '../runtime/react'
import { CLOSE_UP_RADIUS, type FacetState, structureDisplay } from '../store'
import { checkOverviewShader, patchOverviewShader } from './overviewShader'
import { motionTexture, tintTexture } from './spineMotion'

/** Per-structure state read by the shader: drawn, drawn highlighted, or left to its own mesh. */
const BATCH_DRAW = 0
const BATCH_HOVER = 1
const BATCH_SKIP = 2

const stateTexture = new DataTexture(new Uint8Array(128), 128, 1, RedFormat, UnsignedByteType)

function writeStates(state: FacetState): void {
  const data = stateTexture.image.data as Uint8Array
  // during a stretch the batch draws everything but the selection, so every joint shows its gap colour
  const closeUp = state.selected
    ? state.stretchPlaying
      ? new Set([state.selected])
      : structuresNear(state.selected, CLOSE_UP_RADIUS, STRUCTURE_IDS)
    : null
  STRUCTURE_IDS.forEach((id, i) => {
    const display = structureDisplay(state.groups, id)
    const ownMesh = display !== 'shown' || closeUp?.has(id) === true
    const code = ownMesh ? BATCH_SKIP : state.hovered === id ? BATCH_HOVER : BATCH_DRAW
    data[i] = code * 100
  })
  stateTexture.needsUpdate = true
}

/** The overview material: vertex-coloured bone, hover glow and skipping driven by the state texture. */
const batchMaterial = new MeshLambertMaterial({ vertexColors: true })
batchMaterial.onBeforeCompile = (shader) =>
  patchOverviewShader(shader, {
    structureStates: stateTexture,
    structureMotion: motionTexture,
    structureTint: tintTexture,
  })

/** Draws every shown, unselected structure in one call. Picking stays with the per-structure meshes. */
export function SpineBatch() {
  // three patches the shader inside its frame loop, where an error would never reach the scene's error
  // boundary: check the chunks here, during render, so a three that renamed one shows the fallback
  useState(checkOverviewShader)
  const invalidate = useThree((s) => s.invalidate)
  const { store } = useRuntime()
  // Plain state, not Suspense: React throttles Suspense reveals, which would delay the first frame.
  const [geometry, setGeometry] = useState<BufferGeometry | null>(null)
  useEffect(() => {
    let live = true
    void overviewGeometry().then((g) => {
      if (live) setGeometry(g)
    })
    return () => {
      live = false
    }
  }, [])
  useEffect(() => {
    writeStates(store.getState())
    invalidate()
    const unsubscribe = store.subscribe((s, p) => {
      if (
        s.groups !== p.groups ||
        s.selected !== p.selected ||
        s.hovered !== p.hovered ||
        s.stretchPlaying !== p.stretchPlaying
      ) {
        writeStates(s)
        invalidate()
      }
    })
    return unsubscribe
  }, [invalidate, store])
  if (!geometry) return null
  return (
    <mesh name="spine-batch" geometry={geometry} material={batchMaterial} raycast={() => {}} frustumCulled={false} />
  )
}
