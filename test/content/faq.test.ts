// @vitest-environment jsdom
import { cleanup, fireEvent, render, within } from '@testing-library/react'
import { createElement } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { EVIDENCE_LABEL, FAQ, sourcesOf } from '../../src/content/faq'
import { type FaqEntry, faqEntry } from '../../src/content/schema'
import { RuntimeProvider } from '../../src/runtime/react'
import { createFacetRuntime } from '../../src/runtime/runtime'
import { FaqSection } from '../../src/ui/FaqSection'
import { expectPlain } from './readability'

/** The topics, one entry each. */
const TOPICS = [
  'self-cracking',
  'neck-vs-back',
  'why-it-feels-good',
  'joints-that-wont-crack',
  'pregnancy',
  'physio-chiro',
  'acute-back-pain',
] as const

const entry = (id: (typeof TOPICS)[number]): FaqEntry => {
  const found = FAQ.find((e) => e.id === id)
  if (!found) throw new Error(`no FAQ entry ${id}`)
  return found
}

/** Everything a reader of one version sees in an entry: the question and every paragraph. */
const textOf = (e: FaqEntry, version: 'plain' | 'detailed') =>
  [e.question[version], ...e.answer.map((p) => p[version])].join(' ')

/** Cracking or stretching talk: the warning signs must then be one tap away. `\bpop` skips "population". */
const TALKS_ABOUT_CRACKING = /crack|\bpops?\b|stretch|manipulat|thrust|cavitat/i

describe('questions people ask: content', () => {
  it('validates against the schema, with unique ids', () => {
    faqEntry.array().parse(FAQ)
    expect(new Set(FAQ.map((e) => e.id)).size).toBe(FAQ.length)
  })

  it('covers every topic of the issue', () => {
    expect(FAQ.map((e) => e.id)).toEqual(expect.arrayContaining([...TOPICS]))
  })

  it('reads plainly, question by question and paragraph by paragraph', () => {
    for (const e of FAQ) {
      expectPlain(`faq ${e.id} question`, e.question.plain)
      e.answer.forEach((p, i) => {
        expectPlain(`faq ${e.id} paragraph ${i + 1}`, p.plain)
      })
    }
  })

  it('answers a worried reader first with what the sources say, the neck included, then with what is not known', () => {
    // a home user's review (s37): "thin evidence" and a knuckle study came before any reassurance; a content review
    // (s38): "a painless pop is normal" had no source saying so, and the question is about the neck too
    // (s42): the neck first and plainly, with the fatal case the reference lists; "pops do not usually hurt"
    // came first, cited to a study that did not ask about pain
    const first = entry('self-cracking').answer[0]!
    expect(first.plain).toMatch(/^Do not crack your own neck on purpose\..*died/)
    expect(first.sources).toEqual(expect.arrayContaining(['mosby2011', 'persons2024']))
    expect(first.sources).not.toContain('kawchuk2015')
    expect(first.plain).not.toMatch(/normal|do not usually hurt/)
  })

  it('gives a detailed version that is not just the plain one again', () => {
    for (const e of FAQ) {
      expect(e.question.detailed, e.id).not.toBe(e.question.plain)
      for (const p of e.answer) expect(p.detailed, e.id).not.toBe(p.plain)
    }
  })

  it('offers the warning signs wherever an answer talks about cracking or stretching', () => {
    const talking = FAQ.filter((e) => TALKS_ABOUT_CRACKING.test(`${textOf(e, 'plain')} ${textOf(e, 'detailed')}`))
    expect(talking.length).toBeGreaterThan(0)
    for (const e of talking) expect(e.showWarningSigns, e.id).toBe(true)
  })

  it('gives the neck-artery risk as all neck arteries together, and as linked, not proven', () => {
    const neck = entry('neck-vs-back')
    const plain = textOf(neck, 'plain')
    const detailed = textOf(neck, 'detailed')
    expect(plain).toMatch(/2\.6 in 100,000 people[^.]*neck arteries, counting all of them/)
    expect(detailed).toMatch(/2\.6 per 100,000 a year for all cervical arteries combined/)
    expect(plain).toMatch(/linked with these tears, but it has not been shown to cause them/)
    expect(detailed).toMatch(/associated with cervical manipulation, but causation has not been established/)
    expect(sourcesOf(neck)).toEqual(expect.arrayContaining(['lee2006', 'biller2014', 'cassidy2008']))
  })

  it('says acute low back pain mostly eases within weeks and that staying active helps', () => {
    const back = entry('acute-back-pain')
    const plain = textOf(back, 'plain')
    const detailed = textOf(back, 'detailed')
    expect(plain).toMatch(/most [^.]*eases a lot within weeks/i)
    expect(plain).toMatch(/staying active helps more than bed rest/i)
    expect(detailed).toMatch(/52 at onset to 23 at 6 weeks/)
    expect(detailed).toMatch(/stay active/)
    expect(sourcesOf(back)).toEqual(expect.arrayContaining(['costa2012', 'dahm2010']))
  })

  it('is honest that the reasons a crack feels good are not well known', () => {
    const good = entry('why-it-feels-good')
    expect(['some', 'thin']).toContain(good.evidence)
    expect(textOf(good, 'plain')).toMatch(/no one knows for sure/i)
    expect(textOf(good, 'detailed')).toMatch(/not established/)
  })
})

describe('questions people ask: the section', () => {
  afterEach(() => {
    cleanup()
  })

  let runtime = createFacetRuntime()
  const renderSection = (detailed: boolean) => {
    runtime = createFacetRuntime()
    return render(createElement(RuntimeProvider, { runtime }, createElement(FaqSection, { detailed })))
  }

  it('shows each question as a disclosure that opens to its answer, its evidence in words and its sources', () => {
    const { container, getByRole } = renderSection(false)
    const section = getByRole('region', { name: 'Questions people ask' })
    const items = [...section.querySelectorAll('details')]
    expect(items.map((d) => d.dataset.faq)).toEqual(FAQ.map((e) => e.id))
    FAQ.forEach((e, i) => {
      const details = items[i]!
      const summary = details.querySelector('summary')!
      expect(summary.textContent).toBe(e.question.plain)
      expect(details.open).toBe(false)
      fireEvent.click(summary)
      expect(details.open, `${e.id} opens`).toBe(true)
      const answer = within(details)
      answer.getByText(EVIDENCE_LABEL[e.evidence])
      for (const p of e.answer) answer.getByText(p.plain, { exact: false })
      for (const key of sourcesOf(e)) answer.getAllByRole('button', { name: new RegExp(`^\\[${key}\\]`) })
    })
    expect(container.querySelectorAll('details[open]')).toHaveLength(FAQ.length)
  })

  it('names every strength of evidence in words', () => {
    expect(EVIDENCE_LABEL).toEqual({
      good: 'Good evidence',
      some: 'Some evidence',
      thin: 'Thin evidence',
      'expert-opinion': 'Expert opinion only',
    })
  })

  it('puts the warning signs one tap away inside every answer that needs them', () => {
    const { getByRole } = renderSection(false)
    const items = [...getByRole('region').querySelectorAll('details')]
    FAQ.forEach((e, i) => {
      const buttons = within(items[i]!).queryAllByRole('button', { name: '⚠ Warning signs' })
      expect(buttons, e.id).toHaveLength(e.showWarningSigns ? 1 : 0)
    })
    const first = FAQ.findIndex((e) => e.showWarningSigns)
    fireEvent.click(within(items[first]!).getByRole('button', { name: '⚠ Warning signs' }))
    expect(runtime.store.getState().redFlagsOpen).toBe(true)
  })

  it('shows the detailed wording when More detail is on', () => {
    const { getByRole } = renderSection(true)
    const section = getByRole('region')
    for (const e of FAQ) {
      within(section).getByText(e.question.detailed)
      for (const p of e.answer) within(section).getByText(p.detailed, { exact: false })
    }
    expect(within(section).queryByText(FAQ[0]!.question.plain)).toBeNull()
  })
})
