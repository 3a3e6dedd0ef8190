import type { BoneId } from '../anatomy/ids'
import type { GeometryCache } from '../geometry/cache'
import { createStlBytes } from '../geometry/stl'

/** The name a bone's STL file is saved under: 'facet-L4.stl', 'facet-sacrum.stl'. */
export const stlFileName = (bone: BoneId): string => `facet-${bone}.stl`

/**
 * A bone as a binary STL at real size (mm), for 3D printing: the whole bone at full detail, which is its
 * continuous surface once the worker has built it (else the shells of its parts, which slicers join).
 * The geometry is the cache's own, read and not kept.
 */
export function boneStlBytes(geometries: GeometryCache, bone: BoneId): ArrayBuffer {
  return createStlBytes(geometries.structure(bone, 1), bone)
}
