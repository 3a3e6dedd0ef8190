import { DataTexture, type IUniform, ShaderChunk, ShaderLib } from 'three'
import { describe, expect, it } from 'vitest'
import {
  checkOverviewShader,
  OVERVIEW_ANCHORS,
  OVERVIEW_INSERTIONS,
  type OverviewUniforms,
  type PatchableShader,
  patchOverviewShader,
  type ShaderInsertion,
} from '../../src/scene/overviewShader'

/**
 * The overview batch uses MeshLambertMaterial, whose onBeforeCompile receives three's `lambert` sources
 * with the `#include <…>` lines still in them. These tests run the patch on those real sources, so a
 * three upgrade that renames, drops or moves a chunk the patch relies on fails here instead of drawing a
 * spine that no longer moves, tints or hides.
 */

const uniforms: OverviewUniforms = {
  structureStates: new DataTexture(),
  structureMotion: new DataTexture(),
  structureTint: new DataTexture(),
}

const lambert = (): PatchableShader => ({
  vertexShader: ShaderLib.lambert.vertexShader,
  fragmentShader: ShaderLib.lambert.fragmentShader,
  uniforms: {} as { [uniform: string]: IUniform },
})

const sourceOf = (shader: { vertexShader: string; fragmentShader: string }, stage: ShaderInsertion['stage']) =>
  stage === 'vertex' ? shader.vertexShader : shader.fragmentShader

const countOf = (text: string, part: string) => text.split(part).length - 1

/** The pattern WebGLProgram uses: an include on its own line. */
const INCLUDE = /^[ \t]*#include +<([\w\d./]+)>/gm

/** Expands includes as three does when it builds the program; throws on a chunk this three version lacks. */
function resolveIncludes(source: string): string {
  return source.replace(INCLUDE, (_line, name: string) => {
    const chunk = (ShaderChunk as unknown as Record<string, string | undefined>)[name]
    if (chunk === undefined) throw new Error(`no ShaderChunk named ${name}`)
    return resolveIncludes(chunk)
  })
}

const patched = (): PatchableShader => {
  const shader = lambert()
  patchOverviewShader(shader, uniforms)
  return shader
}

describe('overview shader patch on this three version', () => {
  it('hooks into chunks that exist in three’s ShaderChunk and in the Lambert shader', () => {
    expect(OVERVIEW_ANCHORS.vertex).toEqual([
      '#include <common>',
      '#include <beginnormal_vertex>',
      '#include <begin_vertex>',
      '#include <project_vertex>',
    ])
    expect(OVERVIEW_ANCHORS.fragment).toEqual([
      '#include <common>',
      '#include <color_fragment>',
      '#include <emissivemap_fragment>',
    ])
    for (const { stage, anchor } of OVERVIEW_INSERTIONS) {
      const name = anchor.slice('#include <'.length, -1)
      expect(typeof (ShaderChunk as unknown as Record<string, unknown>)[name], name).toBe('string')
      // on its own line, as three's include pattern requires, and only once
      const lines = sourceOf(lambert(), stage)
        .split('\n')
        .filter((line) => line.trim() === anchor)
      expect(lines, `${anchor} in the ${stage} shader`).toHaveLength(1)
    }
  })

  it('passes the check on the Lambert shader three gives MeshLambertMaterial', () => {
    expect(() => checkOverviewShader()).not.toThrow()
  })

  it('inserts each piece of GLSL once, straight after its anchor, and binds the three textures', () => {
    const shader = patched()
    for (const { stage, anchor, code } of OVERVIEW_INSERTIONS) {
      const source = sourceOf(shader, stage)
      expect(countOf(source, anchor), `${anchor} in the ${stage} shader`).toBe(1)
      expect(countOf(source, code), `code after ${anchor}`).toBe(1)
      expect(countOf(source, anchor + code), `code straight after ${anchor}`).toBe(1)
    }
    expect(shader.uniforms.structureStates?.value).toBe(uniforms.structureStates)
    expect(shader.uniforms.structureMotion?.value).toBe(uniforms.structureMotion)
    expect(shader.uniforms.structureTint?.value).toBe(uniforms.structureTint)
  })

  it('still resolves every #include of the patched shader against ShaderChunk', () => {
    const shader = patched()
    expect(() => resolveIncludes(shader.vertexShader)).not.toThrow()
    expect(() => resolveIncludes(shader.fragmentShader)).not.toThrow()
    expect(resolveIncludes(shader.vertexShader)).not.toMatch(INCLUDE)
  })

  it('finds what the inserted GLSL uses declared before it in the built program', () => {
    const shader = patched()
    const vertex = resolveIncludes(shader.vertexShader)
    const fragment = resolveIncludes(shader.fragmentShader)
    const [vCommon, vNormal, vBegin, vProject, fCommon, fColor, fEmissive] = OVERVIEW_INSERTIONS.map((i) => i.code)
    // what must come first, in the expanded program, for each inserted piece to compile and win
    const before: [string, string, string][] = [
      [vertex, vCommon!, 'void main()'],
      [vertex, 'vec3 objectNormal', vNormal!],
      [vertex, vNormal!, vBegin!], // sMotion is declared in the normal step and used in the position step
      [vertex, 'vec3 transformed', vBegin!],
      [vertex, 'gl_Position =', vProject!], // the hide-by-moving-away must override three's projection
      [fragment, fCommon!, 'void main()'],
      [fragment, 'vec4 diffuseColor', fColor!],
      [fragment, 'vec3 totalEmissiveRadiance', fEmissive!],
    ]
    for (const [source, first, then] of before) {
      const a = source.indexOf(first)
      const b = source.indexOf(then)
      expect(a, first).toBeGreaterThanOrEqual(0)
      expect(b, then).toBeGreaterThanOrEqual(0)
      expect(a, `${first.trim().slice(0, 40)} before ${then.trim().slice(0, 40)}`).toBeLessThan(b)
    }
  })
})

describe('overview shader patch on a three that renamed a chunk', () => {
  it.each(OVERVIEW_INSERTIONS.map((i) => [`${i.stage} ${i.anchor}`, i] as const))(
    'throws naming %s and leaves the shader untouched',
    (_label, { stage, anchor }) => {
      const renamed = anchor.replace('>', '_v2>')
      const shader = lambert()
      if (stage === 'vertex') shader.vertexShader = shader.vertexShader.replace(anchor, renamed)
      else shader.fragmentShader = shader.fragmentShader.replace(anchor, renamed)
      const before = { ...shader, uniforms: { ...shader.uniforms } }
      expect(() => patchOverviewShader(shader, uniforms)).toThrow(`${anchor} is missing from the ${stage} shader`)
      expect(shader).toEqual(before)
      // the check run while rendering fails the same way, and the scene's notice (first 80 characters) names the chunk
      const error = (() => {
        try {
          checkOverviewShader(shader)
        } catch (e) {
          return e
        }
      })()
      expect(String(error).slice(0, 80)).toContain(anchor)
    },
  )

  it('throws when a chunk occurs twice, rather than patching only the first', () => {
    const shader = lambert()
    shader.fragmentShader = shader.fragmentShader.replace(
      '#include <color_fragment>',
      '#include <color_fragment>\n#include <color_fragment>',
    )
    expect(() => patchOverviewShader(shader, uniforms)).toThrow(
      '#include <color_fragment> occurs 2 times in the fragment shader',
    )
  })

  it('names every broken chunk at once', () => {
    const shader = lambert()
    shader.vertexShader = shader.vertexShader.replace('#include <begin_vertex>', '#include <start_vertex>')
    shader.fragmentShader = shader.fragmentShader.replace('#include <emissivemap_fragment>', '')
    expect(() => patchOverviewShader(shader, uniforms)).toThrow(
      /#include <begin_vertex> is missing from the vertex shader; #include <emissivemap_fragment> is missing from the fragment shader/,
    )
  })
})
