import { Vector3 } from 'three'
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { partName } from '../../src/anatomy/parts'
import { createFacetApi, type FacetApi } from '../../src/api/facetApi'
import { createBoneSurface } from '../../src/geometry/boneSurface'
import { createGeometryCache } from '../../src/geometry/cache'
import { structureWorldCentre } from '../../src/geometry/world'
import { seeded as random } from '../../src/quiz/questions'
import { createFacetRuntime, type FacetRuntime } from '../../src/runtime/runtime'

const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error('a trap')
    },
  },
)
const NON_STRINGS: unknown[] = [
  undefined,
  null,
  0,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  {},
  [],
  ['L4'],
  { id: 'L4' },
  Symbol('L4'),
  10n,
  () => 'L4',
  hostile,
  {
    toString() {
      throw new Error('no string')
    },
  },
]
const BAD_STRINGS = [
  '',
  ' ',
  'HOME',
  'L9',
  'L4;',
  'disc:L4',
  'facet:L4-L5',
  'constructor',
  '__proto__',
  'x'.repeat(5000),
  'L4/',
  'L4/wing:left',
  'L4/pedicle',
  'L4/dens',
  'L4/pedicle:left:left',
  `L4/${'x'.repeat(5000)}`,
]

/** A random string of printable and awkward characters. */
function randomString(next: () => number): string {
  const alphabet = 'LTCSlt0123456789:-_ <>"\'\\/\u0000\u{1F9B4}éhomefrontbackdiscfacetleftright'
  const chars = Array.from(alphabet)
  const length = Math.floor(next() * 24)
  let out = ''
  for (let i = 0; i < length; i++) out += chars[Math.floor(next() * chars.length)]
  return out
}

type Call = {
  name: keyof FacetApi
  failure: unknown
  call: (api: FacetApi, arg: unknown) => unknown
  /** The argument may be left out (undefined is then the default, by design). */
  optional?: true
}
const CALLS: Call[] = [
  { name: 'select', failure: false, call: (api, a) => api.select(a as string) },
  { name: 'screenPosition', failure: null, call: (api, a) => api.screenPosition(a as string) },
  { name: 'boundingBox', failure: null, call: (api, a) => api.boundingBox(a as string) },
  { name: 'setGroup', failure: false, call: (api, a) => api.setGroup(a as string, 'hidden') },
  { name: 'setGroup', failure: false, call: (api, a) => api.setGroup('lumbar', a as 'hidden') },
  { name: 'boundingBox', failure: null, call: (api, a) => api.boundingBox('L4', a as 'world'), optional: true },
  { name: 'setView', failure: false, call: (api, a) => api.setView(a as 'home') },
  { name: 'setPreset', failure: false, call: (api, a) => api.setPreset(a as 'xray') },
  { name: 'playCavitation', failure: false, call: (api, a) => api.playCavitation(a as string) },
  { name: 'listStretches', failure: null, call: (api, a) => api.listStretches(a as string), optional: true },
  { name: 'playStretch', failure: false, call: (api, a) => api.playStretch(a as string) },
  { name: 'listParts', failure: null, call: (api, a) => api.listParts(a as string) },
  { name: 'exportSTL', failure: null, call: (api, a) => api.exportSTL(a as string) },
]

describe('window.facet with bad arguments', () => {
  let api: FacetApi
  let runtime: FacetRuntime
  let warn: MockInstance<(...args: unknown[]) => void>
  beforeEach(() => {
    // a fresh runtime for each test: nothing carries over between them
    runtime = createFacetRuntime()
    api = createFacetApi(runtime)
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => {
    warn.mockRestore()
  })

  it('answers each bad value with the documented failure value and exactly one warning naming the method', () => {
    for (const { name, failure, call, optional } of CALLS) {
      for (const value of [...NON_STRINGS, ...BAD_STRINGS]) {
        if (optional && value === undefined) continue // no region: every card; no frame: its own
        warn.mockClear()
        let result: unknown
        expect(
          () => {
            result = call(api, value)
          },
          `${name}(${String(typeof value)})`,
        ).not.toThrow()
        expect(result, `${name} with ${String(typeof value === 'string' ? value.slice(0, 20) : typeof value)}`).toBe(
          failure,
        )
        expect(warn, `${name} warns once`).toHaveBeenCalledTimes(1)
        expect(String(warn.mock.calls[0]?.[0])).toMatch(new RegExp(`^facet\\.${name}: `))
      }
    }
  })

  it('never throws on 2,000 seeded random calls, and warns exactly when it refuses', () => {
    const seed = 20261130
    const next = random(seed)
    for (let i = 0; i < 2000; i++) {
      const { name, failure, call, optional } = CALLS[Math.floor(next() * CALLS.length)] as Call
      const value = next() < 0.3 ? NON_STRINGS[Math.floor(next() * NON_STRINGS.length)] : randomString(next)
      if (optional && value === undefined) continue
      warn.mockClear()
      let result: unknown
      expect(() => {
        result = call(api, value)
      }, `seed ${seed}, call ${i}: ${name}`).not.toThrow()
      // a random string is now and then a real id; a refusal and a warning always come together
      expect(warn.mock.calls.length, `seed ${seed}, call ${i}: ${name}`).toBe(result === failure ? 1 : 0)
    }
  })

  it('still does its job with good arguments, without warnings', () => {
    expect(api.select('l4')).toBe(true)
    expect(api.getState().selection).toBe('L4')
    expect(api.setGroup('cervical', 'ghosted')).toBe(true)
    expect(api.getState().regions.cervical).toBe('ghosted')
    expect(api.setView('back')).toBe(true)
    expect(api.listStretches('lumbar')?.length).toBeGreaterThan(0)
    expect(api.listStretches()?.length).toBeGreaterThan(api.listStretches('lumbar')?.length ?? 0)
    expect(api.boundingBox('L4')?.upDown).toBeGreaterThan(20)
    expect(warn).not.toHaveBeenCalled()
    api.setGroup('cervical', 'shown')
  })

  it('refuses a real structure that cannot do what is asked, and says why', () => {
    expect(api.playCavitation('disc:L4-L5')).toBe(false)
    expect(String(warn.mock.calls[0]?.[0])).toContain('not a facet joint')
    expect(api.getState().selection).toBeNull()
  })
})

/** Reads a binary STL's header and triangle count, checking its size agrees with the count. */
function stlCount(bytes: ArrayBuffer): { header: string; triangles: number } {
  const triangles = new DataView(bytes).getUint32(80, true)
  expect(bytes.byteLength).toBe(84 + 50 * triangles)
  return { header: String.fromCharCode(...new Uint8Array(bytes, 0, 80)), triangles }
}

describe('window.facet and the parts of bones', () => {
  let api: FacetApi
  let runtime: FacetRuntime
  let warn: MockInstance<(...args: unknown[]) => void>
  beforeEach(() => {
    runtime = createFacetRuntime()
    api = createFacetApi(runtime)
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => {
    warn.mockRestore()
    runtime.dispose()
  })

  it('selects a part with its bone, reports it, and refuses a part the bone does not have', () => {
    expect(api.select('L4/pedicle:left')).toBe(true)
    expect(api.getState()).toMatchObject({ selection: 'L4', part: 'L4/pedicle:left' })
    expect(api.select('l4/Lamina:RIGHT')).toBe(true)
    expect(api.getState().part).toBe('L4/lamina:right')
    expect(api.select('L4/dens')).toBe(false)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^facet\.select: unknown part "L4\/dens"/)
    expect(api.getState()).toMatchObject({ selection: 'L4', part: 'L4/lamina:right' })
    // choosing a structure drops the part
    expect(api.select('disc:L4-L5')).toBe(true)
    expect(api.getState()).toMatchObject({ selection: 'disc:L4-L5', part: null })
    api.select('C2/dens')
    api.clearSelection()
    expect(api.getState()).toMatchObject({ selection: null, part: null })
  })

  it('lists a bone’s parts with their names, none for a disc or joint', () => {
    const parts = api.listParts('L4')
    expect(parts?.[0]).toEqual({ id: 'L4/body', name: 'Body of L4' })
    expect(parts).toContainEqual({ id: 'L4/pedicle:left', name: 'Left pedicle of L4' })
    expect(parts?.every((p) => p.name === partName(p.id, true))).toBe(true)
    expect(api.listParts('c2')?.map((p) => p.id)).toContain('C2/dens')
    expect(api.listParts('sacrum')?.length).toBeGreaterThan(20)
    expect(api.listParts('disc:L4-L5')).toEqual([])
    expect(api.listParts('facet:L4-L5:left')).toEqual([])
    expect(warn).not.toHaveBeenCalled()
  })

  it('exports a bone as a binary STL of its full-detail geometry, and refuses discs and joints', () => {
    const stl = api.exportSTL('L4')
    expect(stl).toBeInstanceOf(ArrayBuffer)
    const { header, triangles } = stlCount(stl as ArrayBuffer)
    expect(header).toContain('L4')
    expect(header.startsWith('solid')).toBe(false)
    expect(triangles).toBe((runtime.geometries.structure('L4', 1).getIndex()?.count ?? 0) / 3)
    expect(triangles).toBeGreaterThan((runtime.geometries.structure('L4', 0).getIndex()?.count ?? 0) / 3)
    expect(stlCount(api.exportSTL('sacrum') as ArrayBuffer).triangles).toBeGreaterThan(1000)
    expect(warn).not.toHaveBeenCalled()
    for (const soft of ['disc:L4-L5', 'facet:L4-L5:left']) {
      warn.mockClear()
      expect(api.exportSTL(soft)).toBeNull()
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/^facet\.exportSTL: .*only bones/)
    }
  })

  it('exports the continuous surface once the bone is refined', () => {
    // a runtime whose surfaces arrive at once, as the worker's do in the app
    const refining = {
      ...runtime,
      geometries: createGeometryCache({
        surfaces: { build: (bone, done) => done(createBoneSurface(bone)), dispose: () => {} },
      }),
    }
    const refined = createFacetApi(refining)
    const shells = refining.geometries.structure('L4', 1)
    const surface = refining.geometries.structure('L4', 1)
    expect(surface.userData.continuous).toBe(true)
    const { triangles } = stlCount(refined.exportSTL('L4') as ArrayBuffer)
    expect(triangles).toBe((surface.getIndex()?.count ?? 0) / 3)
    expect(triangles).not.toBe((shells.getIndex()?.count ?? 0) / 3)
    refining.geometries.dispose()
  })

  it('puts a part on screen where its bone’s pose puts it, once there is a 3D view', () => {
    expect(api.screenPosition('L4/pedicle:left')).toBeNull() // no view yet: nothing is on screen
    expect(warn).not.toHaveBeenCalled()
    // a view whose "screen" is the world's x and y
    const seen: Vector3[] = []
    runtime.scene.register({
      project: (world) => {
        seen.push(world.clone())
        return { x: world.x, y: world.y, onScreen: true }
      },
      visiblePoint: () => null,
    })
    const bone = structureWorldCentre('L4', new Vector3())
    const left = api.screenPosition('L4/pedicle:left')
    const right = api.screenPosition('L4/pedicle:right')
    expect(api.screenPosition('L4/spinous-process')).not.toBeNull()
    // the subject's left is +x; a pedicle sits beside the canal, a few mm from the midline, at the bone's height
    expect(left!.x - bone.x).toBeGreaterThan(5)
    expect(right!.x - bone.x).toBeLessThan(-5)
    expect(left!.x + right!.x - 2 * bone.x).toBeCloseTo(0, 0)
    expect(Math.abs(left!.y - bone.y)).toBeLessThan(20)
    // the spinous process is behind the canal: further back (−z) than the pedicles
    expect(seen[2]!.z).toBeLessThan(seen[0]!.z - 20)
    // with no view mounted to pick in, nothing says where a click would land
    expect(left!.clickable).toBeNull()
    expect(api.screenPosition('L4/nothing')).toBeNull()
    expect(warn).toHaveBeenCalledTimes(1)
  })
})
