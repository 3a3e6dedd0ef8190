import { createIntl } from 'react-intl'
import { describe, expect, it } from 'vitest'
import { CONDITION_IDS } from '../../src/anatomy/conditionModels'
import { GROUPS } from '../../src/anatomy/ids'
import { isPartId } from '../../src/anatomy/parts'
import { isAnyStructureId } from '../../src/anatomy/structures'
import { STRETCHES } from '../../src/content/stretches'
import { ES_MESSAGES } from '../../src/i18n/es/messages'
import { isLang } from '../../src/i18n/lang'
import { seeded as random } from '../../src/quiz/questions'
import { createFacetStore, VIEW_MODES } from '../../src/store'
import { applyUrlView, parseUrlView, type UrlView } from '../../src/url'
import { inEnglish } from '../i18n/englishProblems'

/**
 * Malformed links, read as the app reads one when it starts (main.tsx: parseUrlView of location.search, then
 * the view put into a fresh store). A link is a full page load in the browser, so the bulk of the hostile links
 * are checked here, where each costs microseconds; test/e2e/faults.test.ts opens a few of each kind for real.
 */

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T

/** The query string a browser gives the page for a link (the URL parser escapes what it must, as Chromium's does). */
const searchOf = (link: string) => new URL(link, 'http://127.0.0.1:4173/').search

const es = createIntl({ locale: 'es', messages: ES_MESSAGES, onError: () => {} })
const inSpanish = (view: UrlView) => view.problems.map((p) => es.formatMessage({ id: p.id }, p.values))

/** The 40 links the browser test opened one by one until 2026-12-01: 18 by hand, then 22 seeded. */
function fortyLinks(): string[] {
  const next = random(40)
  const junk = () =>
    pick(next, [
      'L9',
      'HOME',
      '%E0%A4%A',
      '%',
      '<script>alert(1)</script>',
      'facet:L4-L5:middle',
      'x'.repeat(3000),
      'NaN',
      '1e999',
      ',,,',
      'disc:L4-L6',
      '🦴',
      '',
    ])
  const links: string[] = [
    '?s=L9',
    '?cam=oops',
    '?cam=1,2,3',
    '?cam=NaN,NaN,NaN,NaN,NaN,NaN',
    '?cam=1e999,0,0,0,0,0',
    '?cam=0,0,0,0,0,0',
    // finite but useless: out where nothing is drawn, or looking at a point far from the spine (s37)
    '?cam=1e300,0,0,0,0,0',
    '?cam=0,250,1400,90000,250,0',
    '?view=HOME',
    '?labels=maybe',
    '?hide=everything&ghost=',
    '?s=%E0%A4%A',
    '?s=L4&s=L5&s=nope',
    `?s=${'x'.repeat(5000)}`,
    '?hide=cervical,thoracic,lumbar,sacrum,coccyx,discs,facets',
    '?ghost=lumbar&hide=lumbar',
    '?%',
    '?=&=&&',
    '#%%%',
    '?s=facet:l4-l5:LEFT&cam=,,,,,',
  ]
  const params = ['s', 'cam', 'view', 'labels', 'hide', 'ghost', 'lang', 'mode']
  while (links.length < 40)
    links.push(`?${pick(next, params)}=${encodeURIComponent(junk())}&${pick(next, params)}=${junk()}`)
  return links
}

/** Thousands more, over every parameter a link can carry, good values mixed with bad. */
function manyLinks(count: number, seed: number): string[] {
  const next = random(seed)
  const values: Record<string, readonly string[]> = {
    s: [
      'L4',
      'l4',
      'C0',
      'facet:L4-L5:left',
      'FACET:C0-C1:RIGHT',
      'disc:L5-S1',
      'L4/pedicle:left',
      'L4/wing',
      'nerve:L5:left',
      'sacrum/',
      '/',
    ],
    cam: [
      '1,2,3,4,5,6',
      '1,2,3,1,2,3',
      '-1e308,0,0,0,0,0',
      '1e309,0,0,0,0,0',
      '0x10,0,0,0,0,1',
      ' 1, 2,3,4,5,6',
      '1,2,3,4,5,6,7',
      'Infinity,0,0,0,0,0',
    ],
    view: ['home', 'front', 'back', 'left', 'right', 'Home', 'top', 'constructor', '__proto__'],
    labels: ['0', '1', 'false', 'no'],
    hide: ['cervical', 'discs,facets', 'nerves', 'toString', 'cervical,,lumbar', 'LUMBAR', ' lumbar'],
    ghost: ['thoracic', 'bones,ligaments', 'hasOwnProperty', 'a,b,c'],
    show: ['nerves', 'ligaments', 'nerves,ligaments', 'wings', 'valueOf'],
    lang: ['en', 'es', 'ES', 'fr', 'es-ES', 'toString'],
    mode: ['explore', 'patient', 'Patient', 'presenter', 'toString'],
    compare: ['C5,T6,L4', 'C5,T6', 'C5', 'C5,C5', 'C5,T6,L4,L5', 'Q1,Q2'],
    condition: [...CONDITION_IDS.slice(0, 3), 'broken-back', '__proto__'],
    pins: ['L4~sore', 'Q9~x', 'L4~%zz', 'L4~', '|||', 'L4~a|L4~b', `L4~${'y'.repeat(500)}`],
    stretch: [...STRETCHES.slice(0, 3).map((s) => s.id), 'backflip', 'constructor'],
  }
  const junk = [
    '',
    '%',
    '%E0%A4%A',
    '%00',
    '🦴',
    '<img src=x onerror=alert(1)>',
    'NaN',
    '1e999',
    ',,,',
    'x'.repeat(4000),
  ]
  const keys = Object.keys(values)
  const links: string[] = []
  for (let i = 0; i < count; i++) {
    const parts: string[] = []
    const n = 1 + Math.floor(next() * 4)
    for (let j = 0; j < n; j++) {
      const key = pick(next, keys)
      const value = next() < 0.6 ? pick(next, values[key] ?? []) : pick(next, junk)
      // half raw, as a hand-edited link is, and half escaped, as a shared one is
      parts.push(`${key}=${next() < 0.5 ? value : encodeURIComponent(value)}`)
    }
    if (next() < 0.1) parts.push(pick(next, ['%', '=', '&&', '=x', '%zz=1']))
    links.push(`?${parts.join('&')}${next() < 0.05 ? '#%%%' : ''}`)
  }
  return links
}

/** What the reader sees after opening the link: the view the link asks for, put into the store as main.tsx does. */
function open(link: string, hash = '') {
  const view = parseUrlView(searchOf(link), hash)
  const store = createFacetStore()
  applyUrlView(store.getState(), view)
  return { view, state: store.getState() }
}

/** Everything the browser test asserted of a link, decided here by the parser and the store. */
function expectPolite(link: string): void {
  const params = new URLSearchParams(searchOf(link))
  const { view, state } = open(link)
  const ids = view.problems.map((p) => p.id)

  // the camera is a real place: either the link's own (six finite numbers, looking somewhere) or none, and then
  // the home view or a preset frames the spine, or the selection is framed as a click would
  if (view.camera) {
    const all = [...view.camera.position, ...view.camera.target]
    expect(all.every(Number.isFinite), link).toBe(true)
    expect(view.camera.position, link).not.toEqual(view.camera.target)
  }
  expect(view.view === null || ['home', 'front', 'back', 'left', 'right'].includes(view.view), link).toBe(true)
  // the selection is nothing or a structure (or part) the app knows, in the store too
  const known = (id: string | null) => id === null || isAnyStructureId(id) || isPartId(id)
  expect(known(view.selected), link).toBe(true)
  expect(known(state.selectedPart ?? state.selected), link).toBe(true)
  // (a condition the link shows selects the structure it is on)
  if (!view.condition) expect(state.selectedPart ?? state.selected, link).toBe(view.selected)
  // the rest of the view is one the app can draw
  expect(Object.keys(view.groups).sort(), link).toEqual([...GROUPS].sort())
  for (const g of GROUPS) expect(['shown', 'ghosted', 'hidden'], link).toContain(state.groups[g])
  expect(VIEW_MODES, link).toContain(state.viewMode)
  expect(view.lang === null || isLang(view.lang), link).toBe(true)

  // nothing asked for is dropped in silence: each parameter is used, or a note says why not
  const noted = (what: string, used: boolean, id: string) => {
    if (!used) expect(ids, `${link}: ${what}`).toContain(id)
    else expect(ids, `${link}: ${what}`).not.toContain(id)
  }
  if (params.has('s')) noted('s', view.selected !== null, 'link.unknownStructure')
  if (params.has('cam')) noted('cam', view.camera !== null, 'link.badCamera')
  if (params.has('view')) noted('view', view.view !== null, 'link.unknownView')
  if (params.has('lang')) noted('lang', view.lang !== null, 'link.unknownLang')
  if (params.has('mode')) noted('mode', view.mode === params.get('mode'), 'link.unknownMode')
  const groupNames = ['show', 'hide', 'ghost'].flatMap((k) => (params.get(k) ?? '').split(',').filter(Boolean))
  noted(
    'groups',
    groupNames.every((g) => (GROUPS as readonly string[]).includes(g)),
    'link.unknownGroup',
  )

  // every note is shown (one message each), in plain words in either language, and short whatever the link's size
  expect(state.messages, link).toHaveLength(view.problems.length)
  const english = inEnglish(view.problems)
  const spanish = inSpanish(view)
  for (const [i, problem] of view.problems.entries()) {
    for (const text of [english[i] ?? '', spanish[i] ?? '']) {
      expect(text.length, link).toBeGreaterThan(10)
      expect(text, link).not.toMatch(/\{|undefined/)
      // every note quotes at most the first 40 characters of what it could not use
      expect(text.length, `${link} (${problem.id})`).toBeLessThan(300)
    }
  }
}

describe('a malformed link', () => {
  it('opens each of the 40 links the browser test used to open: a real camera, a known selection or none, a note for what was dropped', () => {
    const links = fortyLinks()
    expect(links).toHaveLength(40)
    for (const link of links) expectPolite(link)
  })

  it('says which structure it could not find, and what is wrong with the camera, in the words the page shows', () => {
    const { view } = open('?s=L9&cam=oops')
    expect(view.selected).toBeNull()
    expect(view.camera).toBeNull()
    expect(inEnglish(view.problems)).toEqual([
      expect.stringMatching(/could not find.*L9/),
      expect.stringMatching(/camera/i),
    ])
  })

  it('drops a camera that would show nothing of the spine, with the camera note (a trust review, s37)', () => {
    for (const cam of ['1e300,0,0,0,0,0', '0,250,1400,90000,250,0', '0,250,99000,0,250,0']) {
      const { view } = open(`?cam=${cam}`)
      expect(view.camera, cam).toBeNull()
      expect(inEnglish(view.problems), cam).toEqual([expect.stringMatching(/camera/i)])
    }
    // a real pose, near and far, is kept
    for (const cam of ['610,395,1297,0,250,-10', '0,700,40,0,590,10', '0,250,7000,0,250,0'])
      expect(open(`?cam=${cam}`).view.camera, cam).not.toBeNull()
  })

  it('reads a language written in capitals or with a region as that language (a trust review, s37)', () => {
    for (const [value, lang] of [
      ['ES', 'es'],
      ['es-MX', 'es'],
      ['en_GB', 'en'],
      [' en ', 'en'],
    ] as const) {
      const { view } = open(`?lang=${encodeURIComponent(value)}`)
      expect(view.lang, value).toBe(lang)
      expect(view.problems, value).toEqual([])
    }
    // a language Facet does not have is still refused, with its note
    expect(inEnglish(open('?lang=fr').view.problems)).toEqual([expect.stringMatching(/language/i)])
  })

  it('keeps what it can use beside what it cannot', () => {
    // a selection in another letter case is still that joint; an empty camera is six zeros, which look nowhere
    const joint = open('?s=facet:l4-l5:LEFT&cam=,,,,,')
    expect(joint.state.selected).toBe('facet:L4-L5:left')
    expect(joint.view.camera).toBeNull()
    expect(joint.view.problems.map((p) => p.id)).toEqual(['link.badCamera'])
    // the first of repeated selections; a group both ghosted and hidden ends hidden; labels are on unless 0
    expect(open('?s=L4&s=L5&s=nope').state.selected).toBe('L4')
    expect(open('?ghost=lumbar&hide=lumbar').state.groups.lumbar).toBe('hidden')
    expect(open('?labels=maybe').view).toMatchObject({ labels: true, problems: [] })
    // broken escapes and empty names are read as text, not thrown at
    for (const link of ['?%', '?=&=&&', '#%%%', '?s=%E0%A4%A'])
      expect(open(link).view.problems.length, link).toBeLessThanOrEqual(1)
  })

  it('says when the link has a part Facet does not use, and reads what a person mistyped (a trust review, s37)', () => {
    // a name it does not know is quoted in a note, not dropped in silence
    const typo = open('?sel=L4')
    expect(typo.state.selected).toBeNull()
    expect(inEnglish(typo.view.problems)).toEqual([expect.stringMatching(/does not use.*sel=L4/)])
    // names in capitals, and a view written after '#' as if it were the query, are read
    expect(open('?S=L4&Labels=0').view).toMatchObject({ selected: 'L4', labels: false, problems: [] })
    expect(open('', '#s=L3&view=back').view).toMatchObject({ selected: 'L3', view: 'back', problems: [] })
    // the query wins over the fragment; the page's own anchors are not mistakes
    expect(open('?s=L4', '#s=L3').view.selected).toBe('L4')
    expect(open('?s=L4', '#main').view.problems).toEqual([])
    // what other sites add to a link they pass on is left out without a note
    expect(open('?s=L4&utm_source=mail&fbclid=abc&gclid=x').view.problems).toEqual([])
  })

  it('quotes at most 40 characters of a huge value in its note', () => {
    const { view } = open(`?s=${'x'.repeat(5000)}`)
    const [note] = inEnglish(view.problems)
    expect(note).toContain('x'.repeat(40))
    expect(note).not.toContain('x'.repeat(41))
  })

  it('opens 1,000 more seeded links over every parameter just as politely', () => {
    for (const link of manyLinks(1000, 20261201)) expectPolite(link)
  })
})
