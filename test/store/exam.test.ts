import { describe, expect, it } from 'vitest'
import { createFacetStore, defaultGroups } from '../../src/store'
import { cleanPinText, formatPins, PIN_TEXT_MAX, PINS_MAX, parsePins } from '../../src/store/pins'
import { formatUrlView, parseUrlView, shareLink, type UrlViewState } from '../../src/url'
import { inEnglish } from '../i18n/englishProblems'

const HOSTILE = '<img src=x onerror=alert(1)>'
const base: UrlViewState = { selected: null, groups: defaultGroups(), labels: true, camera: null }

/** A view written to a link and read back, as a reload does. */
const roundTrip = (view: Partial<UrlViewState>) => {
  const link = new URL(`https://example.org/${formatUrlView({ ...base, ...view })}`)
  return parseUrlView(link.search, link.hash)
}

describe('the patient view in the link', () => {
  it('writes mode=patient and reads it back; the usual view writes nothing', () => {
    expect(formatUrlView({ ...base, mode: 'patient' })).toBe('?mode=patient')
    expect(roundTrip({ mode: 'patient' }).mode).toBe('patient')
    expect(formatUrlView({ ...base, mode: 'explore' })).toBe('')
    expect(parseUrlView('').mode).toBe('explore')
  })

  it('reads an unknown mode as the usual view, with a polite note', () => {
    const view = parseUrlView('?mode=presenter')
    expect(view.mode).toBe('explore')
    expect(inEnglish(view.problems)).toEqual([expect.stringContaining('presenter')])
  })
})

describe('pins in the link', () => {
  it('keeps every note through the link, markup and separators included, as text', () => {
    const pins = [
      { target: 'nerve:L5:left', text: 'your sore spot %2C %zz %7E' },
      { target: 'facet:L4-L5:left', text: HOSTILE },
      { target: 'L5/pedicle:left', text: '100% ~ here | there, 50/50: ok? & más 🙂' },
    ] as const
    const url = new URL(`https://example.org/${formatUrlView({ ...base, selected: 'L4', pins })}`)
    const back = parseUrlView(url.search, url.hash)
    expect(back.problems).toEqual([])
    expect(back.pins).toEqual(pins)
    expect(back.selected).toBe('L4')
  })

  it('keeps the notes after #, which a browser never sends to a server, and still reads a link that has them in its query', () => {
    const pins = [{ target: 'L4', text: 'my private note' }] as const
    const url = new URL(`https://example.org/app/${formatUrlView({ ...base, selected: 'L4', pins })}`)
    expect(url.search).toBe('?s=L4')
    expect(url.hash).toContain('pins=')
    // what a request for the page carries: the address without its fragment
    expect(url.href.split('#')[0]).not.toMatch(/private|pins/)
    expect(parseUrlView(`?s=L4&pins=${encodeURIComponent('L4~my private note')}`).pins).toEqual(pins)
    // the fragment's notes win over a query's
    expect(parseUrlView('?pins=L4~old', '#pins=L4~new').pins).toEqual([{ target: 'L4', text: 'new' }])
  })

  it('keeps the other pins when one is malformed, and says which was left out', () => {
    const long = 'x'.repeat(PIN_TEXT_MAX + 1)
    const search = `?pins=${encodeURIComponent(`L4~fine|Q9~nowhere|L3~%zz|L2~${long}|L1~   |noseparator|L4~again|T6~ok`)}`
    const view = parseUrlView(search)
    // a note too long keeps its start, cut to the longest a note may be (a trust review, s37: it was dropped)
    expect(view.pins).toEqual([
      { target: 'L4', text: 'fine' },
      { target: 'L2', text: `${'x'.repeat(PIN_TEXT_MAX - 1)}…` },
      { target: 'T6', text: 'ok' },
    ])
    expect(inEnglish(view.problems)).toEqual([
      'Note 2 in the link is not on a part of the spine we know, so it was left out.',
      'Note 3 in the link could not be read, so it was left out.',
      `Note 4 in the link is longer than ${PIN_TEXT_MAX} characters, so only its start is shown.`,
      'Note 5 in the link was empty, so it was left out.',
      'Note 6 in the link is not on a part of the spine we know, so it was left out.',
      'Note 7 in the link is a second note on the same place, so it was left out.',
    ])
  })

  it(`keeps at most ${PINS_MAX} pins from a link`, () => {
    const ids = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'T1', 'T2', 'T3']
    const { pins, problems } = parsePins(ids.map((id) => `${id}~n`).join('|'))
    expect(pins.map((p) => p.target)).toEqual(ids.slice(0, PINS_MAX))
    expect(problems).toHaveLength(1)
  })

  it('formats notes so that no separator inside a note splits it', () => {
    expect(formatPins([{ target: 'L4', text: 'a|b~c%d' }])).toBe('L4~a%7Cb~c%25d')
  })
})

describe('pin texts', () => {
  it('turns line breaks, tabs and control characters into single spaces, trimmed', () => {
    expect(cleanPinText('  sore\n\tspot\u0000here  ')).toBe('sore spot here')
  })

  it('drops the invisible characters that would turn a note, or the text after it, around (a trust review, s37)', () => {
    // U+202E (right-to-left override) would show "spot" as "tops", and reverse what follows it on the handout
    expect(cleanPinText('sore \u202espot\u202c here')).toBe('sore spot here')
    expect(cleanPinText('\u2067isolated\u2069 \u202aembedded\u202c')).toBe('isolated embedded')
    const { pins } = parsePins(`L4~${encodeURIComponent('\u202egnorw')}`)
    expect(pins).toEqual([{ target: 'L4', text: 'gnorw' }])
  })

  it(`takes exactly ${PIN_TEXT_MAX} characters, counting an emoji as one, and refuses one more`, () => {
    const store = createFacetStore()
    expect(store.getState().addPin('L4', '🙂'.repeat(PIN_TEXT_MAX))).toBeNull()
    expect(store.getState().addPin('L5', 'y'.repeat(PIN_TEXT_MAX + 1))).toBe('too-long')
    expect(store.getState().pins.map((p) => p.target)).toEqual(['L4'])
  })
})

describe('pin actions', () => {
  it('pins, replaces the note on the same place, and removes one pin only', () => {
    const store = createFacetStore()
    const s = () => store.getState()
    expect(s().addPin('L4', 'sore spot')).toBeNull()
    expect(s().addPin('L4/pedicle:left', HOSTILE)).toBeNull()
    expect(s().addPin('L4', 'this one')).toBeNull()
    expect(s().pins).toEqual([
      { target: 'L4', text: 'this one' },
      { target: 'L4/pedicle:left', text: HOSTILE },
    ])
    expect(s().removePin('L4')).toBe(true)
    expect(s().removePin('L4')).toBe(false)
    expect(s().pins).toEqual([{ target: 'L4/pedicle:left', text: HOSTILE }])
  })

  it('refuses an unknown place, an empty note, and a pin past the most', () => {
    const store = createFacetStore()
    const s = () => store.getState()
    expect(s().addPin('L9', 'x')).toBe('unknown-target')
    expect(s().addPin('L4/nowhere', 'x')).toBe('unknown-target')
    expect(s().addPin('L4', ' \n ')).toBe('empty')
    for (const id of ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'T1'].slice(0, PINS_MAX)) s().addPin(id, 'n')
    expect(s().addPin('T2', 'n')).toBe('too-many')
    // replacing a note on a pinned place is not a new pin
    expect(s().addPin('C1', 'changed')).toBeNull()
  })
})

describe('patient view in the store', () => {
  it('keeps to the plain words while on, and ends a running self-test', () => {
    const store = createFacetStore()
    const s = () => store.getState()
    s().setMoreDetail(true)
    s().startQuiz(3)
    s().setViewMode('patient')
    expect(s().moreDetail).toBe(false)
    expect(s().quiz).toBeNull()
    expect(s().labels).toBe(true)
    s().setMoreDetail(true)
    expect(s().moreDetail).toBe(false)
    s().setViewMode('explore')
    s().setMoreDetail(true)
    expect(s().moreDetail).toBe(true)
  })
})

describe('the handout link', () => {
  it('writes the view from the state and keeps the link’s other parameters, such as the language', () => {
    const link = shareLink(
      'https://facet.example/app/',
      { ...base, selected: 'L4', mode: 'patient', pins: [{ target: 'L4', text: 'sore, here' }], stretch: 'knee-rolls' },
      // a stale selection and mode in the address bar (it is rewritten after a pause) give way to the state
      '?s=T6&mode=explore&lang=es&cam=1,2,3,4,5,6',
    )
    const url = new URL(link)
    expect(`${url.origin}${url.pathname}`).toBe('https://facet.example/app/')
    expect(url.searchParams.get('lang')).toBe('es')
    expect(url.searchParams.get('cam')).toBeNull()
    const view = parseUrlView(url.search, url.hash)
    expect(view).toMatchObject({ selected: 'L4', mode: 'patient', stretch: 'knee-rolls', problems: [] })
    expect(view.pins).toEqual([{ target: 'L4', text: 'sore, here' }])
    // the note is only in the fragment, after the language kept from the page's link
    expect(url.search).not.toContain('sore')
    expect(link.indexOf('#pins=')).toBeGreaterThan(link.indexOf('lang=es'))
  })

  it('reads an unknown stretch as none, with a polite note', () => {
    const view = parseUrlView('?stretch=backflip')
    expect(view.stretch).toBeNull()
    expect(inEnglish(view.problems)).toEqual([expect.stringContaining('backflip')])
  })
})
