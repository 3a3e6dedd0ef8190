import { describe, expect, it } from 'vitest'
import { neuralName } from '../../src/anatomy/neuralNames'
import { partName } from '../../src/anatomy/parts'
import { ANATOMY_ES } from '../../src/i18n/es/anatomy'
import { pinPlaceName } from '../../src/ui/pins/pinNames'

describe('the name of the place a note is pinned on', () => {
  it('is plain for a patient, and the anatomical one with More detail on (student review s38, L10)', () => {
    expect(pinPlaceName('ligament:flavum:L4-L5')).toBe(neuralName('ligament:flavum:L4-L5').plain)
    expect(pinPlaceName('ligament:flavum:L4-L5', undefined, true)).toBe(neuralName('ligament:flavum:L4-L5').detailed)
    expect(pinPlaceName('ligament:flavum:L4-L5', undefined, true)).not.toBe(pinPlaceName('ligament:flavum:L4-L5'))
    expect(pinPlaceName('L4/pedicle:left', undefined, true)).toBe(partName('L4/pedicle:left', true))
    expect(pinPlaceName('L4/pedicle:left', ANATOMY_ES, true)).toBe('Pedículo izquierdo de L4')
  })
})
