import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { createFacetApi, type FacetApi } from '../../src/api/facetApi'
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

type Call = { name: keyof FacetApi; failure: unknown; call: (api: FacetApi, arg: unknown) => unknown }
const CALLS: Call[] = [
  { name: 'select', failure: false, call: (api, a) => api.select(a as string) },
  { name: 'screenPosition', failure: null, call: (api, a) => api.screenPosition(a as string) },
  { name: 'boundingBox', failure: null, call: (api, a) => api.boundingBox(a as string) },
  { name: 'setGroup', failure: false, call: (api, a) => api.setGroup(a as string, 'hidden') },
  { name: 'setGroup', failure: false, call: (api, a) => api.setGroup('lumbar', a as 'hidden') },
  { name: 'setView', failure: false, call: (api, a) => api.setView(a as 'home') },
  { name: 'playCavitation', failure: false, call: (api, a) => api.playCavitation(a as string) },
  { name: 'listStretches', failure: null, call: (api, a) => api.listStretches(a as string) },
  { name: 'playStretch', failure: false, call: (api, a) => api.playStretch(a as string) },
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
    for (const { name, failure, call } of CALLS) {
      for (const value of [...NON_STRINGS, ...BAD_STRINGS]) {
        if (name === 'listStretches' && value === undefined) continue // no region: every card, by design
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
      const { name, failure, call } = CALLS[Math.floor(next() * CALLS.length)] as Call
      const value = next() < 0.3 ? NON_STRINGS[Math.floor(next() * NON_STRINGS.length)] : randomString(next)
      if (name === 'listStretches' && value === undefined) continue
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
