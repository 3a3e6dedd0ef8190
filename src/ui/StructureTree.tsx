import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react'
import {
  type AnyStructureId,
  BONE_IDS,
  DISC_IDS,
  FACET_JOINT_IDS,
  isStructureId,
  REGIONS,
  type Region,
} from '../anatomy/ids'
import { LIGAMENT_IDS, NERVE_IDS } from '../anatomy/neural'
import type { PartId } from '../anatomy/parts'
import { searchAll } from '../anatomy/search'
import { anyRegionOf, parseAnyStructureId } from '../anatomy/structures'
import type { MessageId } from '../i18n/en'
import { useFacetStore } from '../runtime/react'
import { structureDisplay } from '../store'
import { useAnatomy, useT } from './i18n'
import { readAboutListChoice } from './ReadAboutCue'
import './StructureTree.css'

const REGION_TITLES = {
  cervical: 'tree.region.cervical',
  thoracic: 'tree.region.thoracic',
  lumbar: 'tree.region.lumbar',
  sacrum: 'tree.region.sacrum',
  coccyx: 'tree.region.coccyx',
} as const satisfies Record<Region, MessageId>

/** Structures filed under a region: their first (the cord and long ligaments are listed apart). */
const byRegion = <T extends AnyStructureId>(ids: readonly T[], region: Region): T[] =>
  ids.filter((id) => {
    const p = parseAnyStructureId(id)
    return p !== null && anyRegionOf(p) === region
  })

/** The ligaments that run the length of the spine (listed first, whole), then those of each level. */
const WHOLE_LIGAMENT_IDS = LIGAMENT_IDS.filter((id) => id.split(':').length === 2)
const LEVEL_LIGAMENT_IDS = LIGAMENT_IDS.filter((id) => id.split(':').length > 2)
const NERVES_LAYER_IDS: readonly AnyStructureId[] = ['cord', 'cauda-equina', ...NERVE_IDS]
const SACROILIAC_IDS: readonly AnyStructureId[] = ['si-joint:left', 'si-joint:right', 'ilium:left', 'ilium:right']
/** The joint C1 turns on, round C2's dens (its ligaments are listed with the others). */
const PIVOT_IDS: readonly AnyStructureId[] = ['median-atlanto-axial']
/** The base of the skull the head rests on C1 with, where the ligaments of the dens end. */
const SKULL_BASE_ID: AnyStructureId = 'occiput'

/** Scrolls the list (never the page) so the item is in view: on a tablet the page scrolls, and the 3D view must stay put. */
function revealInList(item: HTMLElement): void {
  const list = item.closest<HTMLElement>('.tree')
  if (!list) return
  const itemBox = item.getBoundingClientRect()
  const listBox = list.getBoundingClientRect()
  if (itemBox.top < listBox.top) list.scrollTop -= listBox.top - itemBox.top
  else if (itemBox.bottom > listBox.bottom) list.scrollTop += itemBox.bottom - listBox.bottom
}

/** What the arrow keys move through: group headings and structures, where shown. */
const TREE_ITEMS = 'summary, button[data-id]'

/** Items laid out now: a closed group's contents have no boxes. */
const shownItems = (root: HTMLElement) =>
  Array.from(root.querySelectorAll<HTMLElement>(TREE_ITEMS)).filter((el) => el.getClientRects().length > 0)

/** The heading of the group an item sits in (for a heading, the group around its own group). */
function parentHeading(el: HTMLElement): HTMLElement | null {
  const from = el.tagName === 'SUMMARY' ? el.parentElement?.parentElement : el
  return from?.closest('details')?.querySelector<HTMLElement>(':scope > summary') ?? null
}

/**
 * The arrow keys of the WAI-ARIA tree pattern, over a list built from native disclosure widgets
 * (<details>/<summary>) and buttons: Down/Up move through what is shown, Right opens a closed group or
 * steps into an open one, Left closes an open group or steps out to its heading, Home/End go to the
 * ends. Every item stays a button in the tab order, so the list also works as plain content.
 */
function onTreeKey(e: KeyboardEvent<HTMLElement>) {
  const active = document.activeElement
  if (!(active instanceof HTMLElement)) return
  const inSearch = active instanceof HTMLInputElement
  // in the search field only ArrowDown is ours (into the results); the others edit the text
  if (inSearch && e.key !== 'ArrowDown') return
  const items = shownItems(e.currentTarget)
  const i = items.indexOf(active)
  const group = active.tagName === 'SUMMARY' ? (active.parentElement as HTMLDetailsElement) : null
  let target: HTMLElement | null | undefined = null
  if (e.key === 'ArrowDown') target = items[i + 1]
  // up from the first item goes back to the search field
  else if (e.key === 'ArrowUp') target = i > 0 ? items[i - 1] : e.currentTarget.querySelector('input')
  else if (e.key === 'Home') target = items[0]
  else if (e.key === 'End') target = items[items.length - 1]
  else if (e.key === 'ArrowRight' && group) {
    // into its first child; nothing if its items are not built yet (never on to the next group)
    if (group.open) target = items.slice(i + 1).find((el) => group.contains(el))
    else group.open = true
  } else if (e.key === 'ArrowLeft') {
    if (group?.open) group.open = false
    else target = parentHeading(active)
  } else return
  e.preventDefault()
  if (target) target.focus()
}

function Item({ id }: { id: AnyStructureId }) {
  const selected = useFacetStore((s) => s.selected === id)
  const hidden = useFacetStore((s) => structureDisplay(s.groups, id) === 'hidden')
  const select = useFacetStore((s) => s.select)
  const requestFrame = useFacetStore((s) => s.requestFrame)
  const hover = useFacetStore((s) => s.hover)
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const anatomy = useAnatomy()
  const common = isStructureId(id) ? anatomy.common(id) : null
  const button = useRef<HTMLButtonElement>(null)
  const t = useT()
  // only when it becomes the selection: revealing it on every render pulled the list back to it
  // whenever the page re-rendered (a hover does), so the list could not be scrolled away from it
  useEffect(() => {
    const el = button.current
    if (selected && el && !el.matches(':focus-within')) revealInList(el)
  }, [selected])
  return (
    <li>
      <button
        type="button"
        data-id={id}
        className={`tree-item${selected ? ' is-selected' : ''}${hidden ? ' is-hidden' : ''}`}
        aria-current={selected ? 'true' : undefined}
        onClick={(e) => {
          // chosen again (after turning away, or a preset view of the whole spine): framed again, as at first
          if (selected) requestFrame()
          select(id)
          // a pointer's click (a key's has no detail)
          if (e.detail > 0) readAboutListChoice()
        }}
        onMouseEnter={() => hover(id)}
        onMouseLeave={() => hover(null)}
        ref={button}
      >
        {anatomy.name(id, moreDetail)}
        {common ? <span className="common"> — {common}</span> : null}
        {hidden ? <span className="sr-only"> {t('tree.hidden')}</span> : null}
      </button>
    </li>
  )
}

/** A named part of a bone found by the search: choosing it selects the bone and shows the part. */
function PartItem({ id }: { id: PartId }) {
  const selected = useFacetStore((s) => s.selectedPart === id)
  const moreDetail = useFacetStore((s) => s.moreDetail)
  const select = useFacetStore((s) => s.select)
  const anatomy = useAnatomy()
  return (
    <li>
      <button
        type="button"
        data-id={id}
        className={`tree-item part-item${selected ? ' is-selected' : ''}`}
        aria-current={selected ? 'true' : undefined}
        onClick={(e) => {
          select(id)
          if (e.detail > 0) readAboutListChoice()
        }}
      >
        {anatomy.name(id, moreDetail)}
      </button>
    </li>
  )
}

/** Results shown at most: the first ones are the best. */
const SHOWN_RESULTS = 60

/** A collapsible list whose items are built when first opened, or when it holds the selection. */
function SubList({ title, ids }: { title: string; ids: readonly AnyStructureId[] }) {
  const holdsSelection = useFacetStore((s) => s.selected !== null && ids.includes(s.selected))
  const [open, setOpen] = useState(false)
  if (ids.length === 0) return null
  return (
    <details className="sub" open={open || holdsSelection} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {(open || holdsSelection) && (
        <ul>
          {ids.map((id) => (
            <Item key={id} id={id} />
          ))}
        </ul>
      )}
    </details>
  )
}

/** A layer that spans the regions (the nerves, the ligaments): closed at start, open while it holds the selection. */
function LayerGroup({ title, ids, children }: { title: string; ids: readonly AnyStructureId[]; children: ReactNode }) {
  const holdsSelection = useFacetStore((s) => s.selected !== null && ids.includes(s.selected))
  const [open, setOpen] = useState(false)
  return (
    <details open={open || holdsSelection} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {children}
    </details>
  )
}

/** The structure list: every structure in the scene, grouped by region, searchable, in sync with the canvas. */
export function StructureTree() {
  const [query, setQuery] = useState('')
  const select = useFacetStore((s) => s.select)
  const anatomy = useAnatomy()
  // in Spanish the Spanish names are searched first, the English ones (and ids) still work
  const results = useMemo(() => anatomy.search(query, searchAll(query)), [anatomy, query])
  const t = useT()
  return (
    <nav className="tree" aria-label={t('tree.label')} onKeyDown={onTreeKey}>
      <label className="search">
        <span className="sr-only">{t('tree.find')}</span>
        <input
          type="search"
          placeholder={t('tree.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && results[0]) select(results[0])
          }}
        />
      </label>
      {query ? (
        <section aria-label={t('tree.results')}>
          <p className="result-count" aria-live="polite">
            {results.length === 0
              ? t('tree.none')
              : results.length > SHOWN_RESULTS
                ? t('tree.foundSome', { n: results.length, shown: SHOWN_RESULTS })
                : t('tree.found', { n: results.length })}
          </p>
          <ul>
            {results
              .slice(0, SHOWN_RESULTS)
              .map((id) =>
                id.includes('/') ? (
                  <PartItem key={id} id={id as PartId} />
                ) : (
                  <Item key={id} id={id as AnyStructureId} />
                ),
              )}
          </ul>
        </section>
      ) : (
        REGIONS.map((region) => (
          <details key={region} open={region !== 'coccyx'}>
            <summary>{t(REGION_TITLES[region])}</summary>
            <ul>
              {/* the skull's base heads the neck's bones, as it sits above C1 (a group of one cost a click) */}
              {region === 'cervical' && <Item id={SKULL_BASE_ID} />}
              {byRegion(BONE_IDS, region).map((id) => (
                <Item key={id} id={id} />
              ))}
            </ul>
            <SubList title={t('group.discs')} ids={byRegion(DISC_IDS, region)} />
            <SubList title={t('tree.facetJoints')} ids={byRegion(FACET_JOINT_IDS, region)} />
            {region === 'cervical' && <SubList title={t('tree.pivotJoint')} ids={PIVOT_IDS} />}
            {region === 'sacrum' && <SubList title={t('tree.sacroiliac')} ids={SACROILIAC_IDS} />}
          </details>
        ))
      )}
      {!query && (
        <>
          {/* the layers that span the regions: the cord and its roots, the ligaments */}
          <LayerGroup title={t('group.nerves')} ids={NERVES_LAYER_IDS}>
            <ul>
              <Item id="cord" />
              <Item id="cauda-equina" />
            </ul>
            {REGIONS.map((region) => (
              <SubList
                key={region}
                title={t('tree.nerveRoots', { region: t(REGION_TITLES[region]) })}
                ids={byRegion(NERVE_IDS, region)}
              />
            ))}
          </LayerGroup>
          <LayerGroup title={t('group.ligaments')} ids={LIGAMENT_IDS}>
            <ul>
              {WHOLE_LIGAMENT_IDS.map((id) => (
                <Item key={id} id={id} />
              ))}
            </ul>
            {REGIONS.map((region) => (
              <SubList
                key={region}
                title={t('tree.ligaments', { region: t(REGION_TITLES[region]) })}
                ids={byRegion(LEVEL_LIGAMENT_IDS, region)}
              />
            ))}
          </LayerGroup>
        </>
      )}
    </nav>
  )
}
