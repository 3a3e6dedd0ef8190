import { describe, expect, it } from 'vitest'
import { handoutBase, isLocalAddress, shortAddress } from '../../src/ui/handout/handoutAddress'

const here = { origin: 'http://127.0.0.1:4173', pathname: '/' }

describe("a handout's address", () => {
  it('is the deployment’s public address when one is set, with its path, and this page’s otherwise', () => {
    expect(handoutBase('https://facet.example.org/clinic/', here)).toBe('https://facet.example.org/clinic/')
    expect(handoutBase(null, here)).toBe('http://127.0.0.1:4173/')
    // a malformed or non-web setting does not print a broken code
    expect(handoutBase('facet dot org', here)).toBe('http://127.0.0.1:4173/')
    expect(handoutBase('javascript:alert(1)', here)).toBe('http://127.0.0.1:4173/')
  })

  it('is known to be out of a phone’s reach at home when it is this computer or a local network', () => {
    for (const local of [
      'http://localhost:5173/',
      'http://127.0.0.1:4173/',
      'http://10.0.4.2/',
      'http://192.168.1.20:8080/facet/',
      'http://172.20.0.5/',
      'http://169.254.3.3/',
      'http://[::1]:4173/',
      'http://[fd12::1]/',
      'http://exam-room-laptop.local/',
      'http://exam-laptop:5173/',
      'http://facet.lan/',
      'http://facet.home.arpa/',
      'http://clinic.internal/',
      'http://100.70.1.2/',
    ])
      expect(isLocalAddress(local), local).toBe(true)
    for (const reachable of [
      'https://facet.example.org/',
      'http://172.32.0.1/',
      'https://8.8.8.8/',
      'http://192.169.0.1/',
    ])
      expect(isLocalAddress(reachable), reachable).toBe(false)
  })

  it('is printed as a reader types it', () => {
    expect(shortAddress('https://facet.example.org/clinic/')).toBe('facet.example.org/clinic')
  })
})
