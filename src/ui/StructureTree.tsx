import { type KeyboardEvent, useMemo, useState } from 'react'
import {
  BONE_IDS,
  DISC_IDS,
  FACET_JOINT_IDS,
  parseStructureId,
  REGIONS,
  type Region,
  regionOf,
  type StructureId,
} from '../anatomy/ids'
import { commonName, searchStructures, structureName } from '../anatomy/names'
import { structureDisplay, useFacetStore } from '../store'

const REGION_TITLES: Record<Region, string> = {
  cervical: 'Cervical (neck)',
  thoracic: 'Thoracic (upper and mid back)',
  lumbar: 'Lumbar (lower back)',
  sacrum: 'Sacrum',
  coccyx: 'Coccyx (tailbone)',
}

const byRegion = (ids: readonly StructureId[], region: Region) =>
  ids.filter((id) => {
    const p = parseStructureId(id)
    return p !== null && regionOf(p) === region
  })

/** Scrolls the list (never the page) so the item is in view: on a tablet the page scrolls, and the 3D view must stay put. */
function revealInList(item: HTMLElement): void {
  const list = item.closest<HTMLElement>('.tree')
  if (!list) return
  const itemBox = item.getBoundingClientRect()
  const listBox = list.getBoundingClientRect()
  if (itemBox.top < listBox.top) list.scrollTop -= listBox.top - itemBox.top
  else if (itemBox.bottom > listBox.bottom) list.scrollTop += itemBox.bottom - listBox.bottom
}

/** Moves focus between the tree's buttons with the arrow keys, Home and End. */
function onTreeKey(e: KeyboardEvent<HTMLElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End']
  if (!keys.includes(e.key)) return
  const buttons = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-id]'))
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement)
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : i + (e.key === 'ArrowDown' ? 1 : -1)
  const target = buttons[Math.max(0, Math.min(buttons.length - 1, next))]
  if (target) {
    e.preventDefault()
    target.focus()
  }
}

function Item({ id }: { id: StructureId }) {
  const selected = useFacetStore((s) => s.selected === id)
  const hidden = useFacetStore((s) => structureDisplay(s.groups, id) === 'hidden')
  const select = useFacetStore((s) => s.select)
  const hover = useFacetStore((s) => s.hover)
  const common = commonName(id)
  return (
    <li>
      <button
        type="button"
        data-id={id}
        className={`tree-item${selected ? ' is-selected' : ''}${hidden ? ' is-hidden' : ''}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => select(id)}
        onMouseEnter={() => hover(id)}
        onMouseLeave={() => hover(null)}
        ref={(el) => {
          if (selected && el && !el.matches(':focus-within')) revealInList(el)
        }}
      >
        {structureName(id)}
        {common ? <span className="common"> — {common}</span> : null}
        {hidden ? <span className="sr-only"> (hidden)</span> : null}
      </button>
    </li>
  )
}

/** A collapsible list whose items are built when first opened, or when it holds the selection. */
function SubList({ title, ids }: { title: string; ids: readonly StructureId[] }) {
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

/** The structure list: every structure in the scene, grouped by region, searchable, in sync with the canvas. */
export function StructureTree() {
  const [query, setQuery] = useState('')
  const select = useFacetStore((s) => s.select)
  const results = useMemo(() => searchStructures(query), [query])
  return (
    <nav className="tree" aria-label="Spine structures" onKeyDown={onTreeKey}>
      <label className="search">
        <span className="sr-only">Find a structure</span>
        <input
          type="search"
          placeholder="Find: L4, atlas, facet L5…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && results[0]) select(results[0])
          }}
        />
      </label>
      {query ? (
        <section aria-label="Search results">
          <p className="result-count" aria-live="polite">
            {results.length === 0
              ? 'Nothing matches that. Try a level such as “C5” or a word such as “disc”.'
              : `${results.length} found`}
          </p>
          <ul>
            {results.slice(0, 60).map((id) => (
              <Item key={id} id={id} />
            ))}
          </ul>
        </section>
      ) : (
        REGIONS.map((region) => (
          <details key={region} open={region !== 'coccyx'}>
            <summary>{REGION_TITLES[region]}</summary>
            <ul>
              {byRegion(BONE_IDS, region).map((id) => (
                <Item key={id} id={id} />
              ))}
            </ul>
            <SubList title="Discs" ids={byRegion(DISC_IDS, region)} />
            <SubList title="Facet joints" ids={byRegion(FACET_JOINT_IDS, region)} />
          </details>
        ))
      )}
    </nav>
  )
}
