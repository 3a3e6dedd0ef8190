import { type IUniform, REVISION, ShaderLib, type Texture } from 'three'

/**
 * The overview batch shader is three's Lambert shader with a few lines inserted after named chunks
 * (`#include <…>`). A plain string replace would do nothing if three renamed or dropped a chunk, and the
 * spine would draw without motion, tint or hiding, with no error. So every anchor is checked first, and a
 * missing or doubled one throws an error that names it; test/scene/overviewShader.test.ts runs this on
 * three's real shader sources, so an upgrade that breaks an anchor fails `npm test`.
 */

export type ShaderStage = 'vertex' | 'fragment'

export interface ShaderInsertion {
  stage: ShaderStage
  /** The `#include <chunk>` line the code goes right after. */
  anchor: string
  /** GLSL added straight after the anchor (it starts with a line break). */
  code: string
}

/** The three data textures the batch shader reads, by uniform name. */
export interface OverviewUniforms {
  /** 128×1: per structure, draw (0), draw highlighted (100) or leave to its own mesh (200). */
  structureStates: Texture
  /** 4×128 floats: per structure, the columns of its motion matrix. */
  structureMotion: Texture
  /** 128×1 RGBA: per structure, a tint colour and how strongly to mix it in. */
  structureTint: Texture
}

/** What onBeforeCompile hands over; only the parts the patch touches. */
export interface PatchableShader {
  vertexShader: string
  fragmentShader: string
  uniforms: { [uniform: string]: IUniform }
}

export const OVERVIEW_INSERTIONS: readonly ShaderInsertion[] = [
  {
    stage: 'vertex',
    anchor: '#include <common>',
    code: `
      attribute float structureIndex;
      uniform sampler2D structureStates;
      uniform sampler2D structureMotion;
      uniform sampler2D structureTint;
      varying float vHover;
      varying vec4 vTint;`,
  },
  {
    stage: 'vertex',
    anchor: '#include <beginnormal_vertex>',
    code: `
      int sRow = int(structureIndex + 0.5);
      mat4 sMotion = mat4(
        texelFetch(structureMotion, ivec2(0, sRow), 0), texelFetch(structureMotion, ivec2(1, sRow), 0),
        texelFetch(structureMotion, ivec2(2, sRow), 0), texelFetch(structureMotion, ivec2(3, sRow), 0));
      objectNormal = mat3(sMotion) * objectNormal;
      vTint = texelFetch(structureTint, ivec2(sRow, 0), 0);`,
  },
  {
    stage: 'vertex',
    anchor: '#include <begin_vertex>',
    code: '\n      transformed = (sMotion * vec4(transformed, 1.0)).xyz;',
  },
  {
    stage: 'vertex',
    anchor: '#include <project_vertex>',
    code: `
      float code = texture2D(structureStates, vec2((structureIndex + 0.5) / 128.0, 0.5)).r * 255.0;
      vHover = code > 50.0 && code < 150.0 ? 1.0 : 0.0;
      if (code > 150.0) gl_Position = vec4(0.0, 0.0, 2.0, 1.0);`,
  },
  { stage: 'fragment', anchor: '#include <common>', code: '\nvarying float vHover;\nvarying vec4 vTint;' },
  {
    stage: 'fragment',
    anchor: '#include <color_fragment>',
    code: '\ndiffuseColor.rgb = mix(diffuseColor.rgb, vTint.rgb, vTint.a);',
  },
  {
    stage: 'fragment',
    anchor: '#include <emissivemap_fragment>',
    code: '\ntotalEmissiveRadiance += vHover * vec3(0.16, 0.33, 0.5);',
  },
]

/** The chunks the patch hooks into, per shader stage. */
export const OVERVIEW_ANCHORS: Readonly<Record<ShaderStage, readonly string[]>> = {
  vertex: OVERVIEW_INSERTIONS.filter((i) => i.stage === 'vertex').map((i) => i.anchor),
  fragment: OVERVIEW_INSERTIONS.filter((i) => i.stage === 'fragment').map((i) => i.anchor),
}

const countOf = (text: string, part: string): number => text.split(part).length - 1

/** Inserts `code` after the one `anchor` (sliced, not String.replace, so `$` in GLSL could never be read as a pattern). */
function insertAfter(source: string, anchor: string, code: string): string {
  const at = source.indexOf(anchor) + anchor.length
  return source.slice(0, at) + code + source.slice(at)
}

/**
 * Lists what would stop the patch: every anchor that is missing from, or not unique in, its stage's
 * source. Empty when the patch can be applied.
 */
export function overviewShaderProblems(sources: { vertexShader: string; fragmentShader: string }): string[] {
  const problems: string[] = []
  for (const { stage, anchor } of OVERVIEW_INSERTIONS) {
    const n = countOf(stage === 'vertex' ? sources.vertexShader : sources.fragmentShader, anchor)
    if (n !== 1) problems.push(`${anchor} ${n === 0 ? 'is missing from' : `occurs ${n} times in`} the ${stage} shader`)
  }
  return problems
}

/**
 * Throws, naming the chunk first (the scene boundary shows only the first 80 characters), if the patch
 * cannot be applied to these sources, by default the ones three gives MeshLambertMaterial. Called while
 * React renders, a throw reaches the scene's error boundary; the same throw inside onBeforeCompile
 * happens in the frame loop, where no boundary sees it and it repeats on every frame.
 */
export function checkOverviewShader(
  sources: { vertexShader: string; fragmentShader: string } = ShaderLib.lambert,
): void {
  const problems = overviewShaderProblems(sources)
  if (problems.length > 0) throw new Error(`Overview shader: ${problems.join('; ')} (three r${REVISION})`)
}

/**
 * Turns the Lambert shader into the overview batch shader: reads per-vertex `structureIndex`, moves each
 * structure by its motion matrix, mixes in its tint, glows when hovered and drops structures drawn by
 * their own mesh. Checks every anchor before changing anything and throws, naming the chunk, if one is
 * missing or doubled, so the shader is never half patched.
 */
export function patchOverviewShader(shader: PatchableShader, uniforms: OverviewUniforms): void {
  checkOverviewShader(shader)
  let { vertexShader, fragmentShader } = shader
  for (const { stage, anchor, code } of OVERVIEW_INSERTIONS) {
    if (stage === 'vertex') vertexShader = insertAfter(vertexShader, anchor, code)
    else fragmentShader = insertAfter(fragmentShader, anchor, code)
  }
  shader.vertexShader = vertexShader
  shader.fragmentShader = fragmentShader
  shader.uniforms.structureStates = { value: uniforms.structureStates }
  shader.uniforms.structureMotion = { value: uniforms.structureMotion }
  shader.uniforms.structureTint = { value: uniforms.structureTint }
}
