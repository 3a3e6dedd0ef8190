import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import { type BufferGeometry, DataTexture, MeshLambertMaterial, RedFormat, UnsignedByteType } from 'three'
import { STRUCTURE_IDS } from '../anatomy/ids'
import { overviewGeometry } from '../geometry/overview'
import { structuresNear } from '../geometry/world'
import { useRuntime } from '../runtime/react'
import { CLOSE_UP_RADIUS, type FacetState, structureDisplay } from '../store'
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
batchMaterial.onBeforeCompile = (shader) => {
  shader.uniforms.structureStates = { value: stateTexture }
  shader.uniforms.structureMotion = { value: motionTexture }
  shader.uniforms.structureTint = { value: tintTexture }
  shader.vertexShader = shader.vertexShader
    .replace(
      '#include <common>',
      `#include <common>
      attribute float structureIndex;
      uniform sampler2D structureStates;
      uniform sampler2D structureMotion;
      uniform sampler2D structureTint;
      varying float vHover;
      varying vec4 vTint;`,
    )
    .replace(
      '#include <beginnormal_vertex>',
      `#include <beginnormal_vertex>
      int sRow = int(structureIndex + 0.5);
      mat4 sMotion = mat4(
        texelFetch(structureMotion, ivec2(0, sRow), 0), texelFetch(structureMotion, ivec2(1, sRow), 0),
        texelFetch(structureMotion, ivec2(2, sRow), 0), texelFetch(structureMotion, ivec2(3, sRow), 0));
      objectNormal = mat3(sMotion) * objectNormal;
      vTint = texelFetch(structureTint, ivec2(sRow, 0), 0);`,
    )
    .replace(
      '#include <begin_vertex>',
      '#include <begin_vertex>\n      transformed = (sMotion * vec4(transformed, 1.0)).xyz;',
    )
    .replace(
      '#include <project_vertex>',
      `#include <project_vertex>
      float code = texture2D(structureStates, vec2((structureIndex + 0.5) / 128.0, 0.5)).r * 255.0;
      vHover = code > 50.0 && code < 150.0 ? 1.0 : 0.0;
      if (code > 150.0) gl_Position = vec4(0.0, 0.0, 2.0, 1.0);`,
    )
  shader.fragmentShader = shader.fragmentShader
    .replace('#include <common>', '#include <common>\nvarying float vHover;\nvarying vec4 vTint;')
    .replace(
      '#include <color_fragment>',
      '#include <color_fragment>\ndiffuseColor.rgb = mix(diffuseColor.rgb, vTint.rgb, vTint.a);',
    )
    .replace(
      '#include <emissivemap_fragment>',
      '#include <emissivemap_fragment>\ntotalEmissiveRadiance += vHover * vec3(0.16, 0.33, 0.5);',
    )
}

/** Draws every shown, unselected structure in one call. Picking stays with the per-structure meshes. */
export function SpineBatch() {
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
