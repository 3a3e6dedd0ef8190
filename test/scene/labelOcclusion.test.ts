import { BoxGeometry, Mesh, MeshBasicMaterial, PerspectiveCamera, Scene, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import {
  FOCUS_DEPTH,
  labelBeyondFocus,
  labelHidden,
  OCCLUSION_SLACK,
  ownStructures,
} from '../../src/scene/labelOcclusion'

/** Two 40 mm boxes on the line of sight: `front` 100 mm nearer the camera than `back`. */
function scene() {
  const s = new Scene()
  const box = (name: string, z: number) => {
    const m = new Mesh(new BoxGeometry(40, 40, 40), new MeshBasicMaterial())
    m.name = name
    m.position.z = z
    s.add(m)
    return m
  }
  const front = box('front', 0)
  const back = box('back', -100)
  s.updateMatrixWorld()
  const camera = new PerspectiveCamera(30, 1, 5, 5000)
  camera.position.set(0, 0, 300)
  camera.lookAt(0, 0, -100)
  camera.updateMatrixWorld()
  return { s, front, back, camera }
}

describe('a level label behind another bone', () => {
  it('is hidden when another structure stands in front of its point, and shown when its own does', () => {
    const { s, camera } = scene()
    const backFace = new Vector3(0, 0, -80)
    expect(labelHidden(camera, s, backFace, new Set(['back']))).toBe(true)
    expect(labelHidden(camera, s, new Vector3(0, 0, 20), new Set(['front']))).toBe(false)
    // what stands in front is the bone's own disc or joint: not hidden
    expect(labelHidden(camera, s, backFace, new Set(['back', 'front']))).toBe(false)
  })

  it('shows through a ghosted bone, which answers no ray, and ignores what lies just in front of the point', () => {
    const { s, front, camera } = scene()
    front.raycast = () => {}
    expect(labelHidden(camera, s, new Vector3(0, 0, -80), new Set(['back']))).toBe(false)
    // the front box's face is at z = 20: a point 10 mm behind it is within the slack
    expect(OCCLUSION_SLACK).toBeGreaterThan(10)
    const { s: s2, camera: c2 } = scene()
    expect(labelHidden(c2, s2, new Vector3(0, 0, 10), new Set(['back']))).toBe(false)
  })

  it('shows through a ligament over the bones, which show round it (student review s38, L3)', () => {
    const { s, front, camera } = scene()
    front.name = 'ligament:supraspinous'
    expect(labelHidden(camera, s, new Vector3(0, 0, -80), new Set(['back']))).toBe(false)
    front.name = 'T6'
    expect(labelHidden(camera, s, new Vector3(0, 0, -80), new Set(['back']))).toBe(true)
  })

  it('counts a bone’s discs and facet joints as its own, the sacrum’s by S1', () => {
    const l5 = ownStructures('L5')
    for (const id of ['L5', 'disc:L4-L5', 'disc:L5-S1', 'facet:L4-L5:left', 'facet:L5-S1:right'])
      expect(l5.has(id), id).toBe(true)
    expect(l5.has('disc:L3-L4')).toBe(false)
    expect(ownStructures('sacrum').has('facet:L5-S1:left')).toBe(true)
  })
})

describe('how deep behind the camera’s target labels are named', () => {
  const camera = new PerspectiveCamera(30, 1, 5, 5000)
  const target = new Vector3(0, 0, 0)
  const at = (distance: number, beyond: number) => {
    camera.position.set(0, 0, distance)
    return labelBeyondFocus(camera, target, new Vector3(0, 0, -beyond))
  }
  it('names bones near the target up close, not those far down the canal', () => {
    // 13 cm above the atlas: C3 (4 cm under it) is named, T6 (25 cm under) is not
    expect(at(130, 40)).toBe(false)
    expect(at(130, 250)).toBe(true)
    expect(at(130, FOCUS_DEPTH - 1)).toBe(false)
  })
  it('names the whole spine from the whole-spine distance', () => {
    expect(at(1450, 450)).toBe(false)
  })
})
