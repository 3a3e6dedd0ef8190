import { useMemo } from 'react'
import { bonesOfJoint, jointsOfBone, ligamentsOfBone } from '../anatomy/boneLinks'
import type { BoneId, StructureId } from '../anatomy/ids'
import { listParts, type PartId } from '../anatomy/parts'
import { boneStlBytes, stlFileName } from '../runtime/boneStl'
import { useFacetStore, useRuntime } from '../runtime/react'
import { Cite } from './Cite'
import { Dimensions } from './Dimensions'
import { type Translate, translateEnglish, useAnatomy, useT } from './i18n'
import { StructureButtons } from './StructureButtons'
import './PartSection.css'

/**
 * The words of the panel's part sections in one language (plain, checked for reading level by the tests).
 * The sacrum and the tailbone are named in words, a vertebra by its level.
 */
export const partTexts = (t: Translate) => ({
  what: t('part.what'),
  nextTo: t('part.nextTo'),
  wholeBone: t('part.wholeBone'),
  partOf: t('part.partOf'),
  sizes: t('part.sizes'),
  joints: (bone: BoneId) => t('part.joints', { bone }),
  noJoints: t('part.noJoints'),
  jointBones: t('part.jointBones'),
  parts: (bone: BoneId, count: number) => t('part.parts', { bone, count }),
  download: t('part.download'),
  downloadNote: t('part.downloadNote'),
})

/** The English words, for the tests. */
export const PART_TEXT = partTexts(translateEnglish)

const usePartTexts = () => {
  const t = useT()
  return useMemo(() => partTexts(t), [t])
}

/** The selected part of a bone: its name, what it is, what lies next to it, its key sizes, and what it is part of. */
export function PartFacts({ part }: { part: PartId }) {
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const select = useFacetStore((s) => s.select)
  const PART_TEXT = usePartTexts()
  const anatomy = useAnatomy()
  const info = anatomy.partInfo(part)
  if (!info) return null
  const text = (f: { plain: string; detailed: string }) => (moreDetail ? f.detailed : f.plain)
  return (
    <section className="part" aria-labelledby="part-name" data-testid="part">
      <div className="part-head">
        <h3 id="part-name" data-testid="part-name">
          {text(info.name)}
        </h3>
        <button type="button" onClick={() => select(info.bone)}>
          {PART_TEXT.wholeBone}
        </button>
      </div>
      {/* the anatomical name under a plain one that does not carry it: every English one does ('Left muscle knob
          of L4 (mammillary process)'), a Spanish one that is the term itself ('Diente de C2') has its full name */}
      {!moreDetail && !info.name.plain.includes('(') && (
        <p className="part-term" data-testid="part-term">
          {info.name.detailed}
        </p>
      )}
      <dl className="part-facts" data-testid="part-facts">
        <dt>{PART_TEXT.what}</dt>
        <dd>
          {text(info.what)} <Cite keys={info.what.sources} />
        </dd>
        <dt>{PART_TEXT.nextTo}</dt>
        <dd>
          {text(info.nextTo)} <Cite keys={info.nextTo.sources} />
        </dd>
      </dl>
      <Dimensions
        caption={PART_TEXT.sizes}
        rows={info.dimensions.map((d) => ({ ...d, label: moreDetail ? d.label : d.plainLabel }))}
      />
      {info.related.length > 0 && (
        <p className="part-of">
          {PART_TEXT.partOf}{' '}
          {info.related.map((id) => (
            <button key={id} type="button" data-link={id} onClick={() => select(id)}>
              {anatomy.name(id)}
            </button>
          ))}
        </p>
      )}
    </section>
  )
}

/**
 * One click from a bone to its facet joints and discs, and from a joint or disc to its bones: in the home
 * view a joint is a sliver a few pixels wide, and a click aimed at it often lands on the bone beside it.
 */
export function StructureLinks({ id, bone }: { id: StructureId; bone: BoneId | null }) {
  // C1's and C2's pivot ligaments sit inside the ring, out of a click's reach: they are offered here too
  const links = bone ? [...jointsOfBone(bone), ...ligamentsOfBone(bone)] : bonesOfJoint(id)
  const PART_TEXT = usePartTexts()
  const title = bone ? PART_TEXT.joints(bone) : PART_TEXT.jointBones
  return (
    <section className="links" aria-labelledby="links-title">
      <h3 id="links-title">{title}</h3>
      {links.length === 0 ? (
        <p className="hint">{PART_TEXT.noJoints}</p>
      ) : (
        <StructureButtons ids={links} testId="links" />
      )}
    </section>
  )
}

/** Every named part of the bone, to choose one without aiming at it in 3D. */
export function PartList({ bone }: { bone: BoneId }) {
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const selectedPart = useFacetStore((s) => s.selectedPart)
  const select = useFacetStore((s) => s.select)
  const parts = listParts(bone)
  const PART_TEXT = usePartTexts()
  const anatomy = useAnatomy()
  return (
    <details className="part-list">
      <summary>{PART_TEXT.parts(bone, parts.length)}</summary>
      <ul>
        {parts.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              data-part={p.id}
              aria-current={selectedPart === p.id ? 'true' : undefined}
              onClick={() => select(p.id)}
            >
              {anatomy.name(p.id, moreDetail)}
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
}

/** Saves the bone as a binary STL at real size, for 3D printing. */
export function StlDownload({ bone }: { bone: BoneId }) {
  const { geometries } = useRuntime()
  const PART_TEXT = usePartTexts()
  const download = () => {
    const blob = new Blob([boneStlBytes(geometries, bone)], { type: 'model/stl' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = stlFileName(bone)
    link.hidden = true
    document.body.append(link)
    link.click()
    link.remove()
    // the download has its own copy once started; the address is freed after it has had time to begin
    window.setTimeout(() => URL.revokeObjectURL(url), 30_000)
  }
  return (
    <div className="stl">
      <button type="button" onClick={download}>
        {PART_TEXT.download}
      </button>
      <p className="hint">{PART_TEXT.downloadNote}</p>
    </div>
  )
}
