import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { catalogueFor, elementsIn, FIBER_EXTEND, registerOnly } from '../../scripts/threeCataloguePlugin'

const require = createRequire(import.meta.url)
const fiberCanvas = readFileSync(
  require.resolve('@react-three/fiber').replace(/react-three-fiber\.[\w.]+$/, 'react-three-fiber.esm.js'),
  'utf8',
)

describe('the three catalogue the build gives react-three-fiber', () => {
  it('finds the lowercase elements of TSX and of compiled JSX', () => {
    const tsx = `<group ref={g}>\n  <mesh\n    geometry={x}>\n    <meshLambertMaterial vertexColors />\n  </mesh>\n  <Html><div className="x" /></Html>\n</group>`
    expect([...elementsIn(tsx)].sort()).toEqual(['div', 'group', 'mesh', 'meshLambertMaterial'])
    const compiled = `jsx("primitive", { object: o }); jsxs('points', {}); React.createElement("hemisphereLight", null)`
    expect([...elementsIn(compiled)].sort()).toEqual(['hemisphereLight', 'points', 'primitive'])
  })

  it('keeps the names that are three classes, as fiber spells them, and drops HTML', () => {
    const elements = ['mesh', 'div', 'color', 'meshLambertMaterial', 'primitive', 'span', 'torusGeometry']
    expect(catalogueFor(elements, Object.keys(THREE))).toEqual([
      'Color',
      'Mesh',
      'MeshLambertMaterial',
      'TorusGeometry',
    ])
  })

  it('replaces the Canvas registering all of three with the named classes, in the fiber that is installed', () => {
    const out = registerOnly(fiberCanvas, ['Group', 'Mesh'])
    expect(out).not.toContain(FIBER_EXTEND)
    expect(out).toContain('extend({ Group, Mesh })')
    expect(out.startsWith("import { Group, Mesh } from 'three';\n")).toBe(true)
  })

  it('fails the build when fiber no longer registers three the way it expects', () => {
    expect(() => registerOnly(fiberCanvas.replace(FIBER_EXTEND, ''), ['Mesh'])).toThrow(/no longer calls/)
  })
})
