import { Matrix4 } from 'three'
import { parseStructureId, type StructureId } from '../anatomy/ids'
import { type Pose, posture } from '../anatomy/posture'

/** Where a structure's own frame sits in the world (mm): its bone's pose, or the joint's. */
export function structurePose(id: StructureId): Pose {
  const p = parseStructureId(id)
  const all = posture()
  if (!p) throw new Error(`Unknown structure ${id}`)
  const pose = p.kind === 'disc' ? all.discs[p.id] : p.kind === 'facet' ? all.facets[p.id] : all.bones[p.id]
  if (!pose) throw new Error(`No pose for ${id}`)
  return pose
}

export function structureMatrix(id: StructureId, target = new Matrix4()): Matrix4 {
  const pose = structurePose(id)
  return target
    .makeRotationX((pose.tilt * Math.PI) / 180)
    .setPosition(pose.position[0], pose.position[1], pose.position[2])
}
