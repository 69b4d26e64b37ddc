/** @jest-environment node */
import { parseLightMarkdown } from '@/lib/annotations/light-markdown';

describe('parseLightMarkdown', () => {
  it('splits paragraphs and reads code, strong and emphasis', () => {
    expect(parseLightMarkdown('Use `KeAcquireSpinLock` **first**.\n\nThen *release* it, _always_.')).toEqual([
      [{ kind: 'text', text: 'Use ' }, { kind: 'code', text: 'KeAcquireSpinLock' }, { kind: 'text', text: ' ' }, { kind: 'strong', text: 'first' }, { kind: 'text', text: '.' }],
      [{ kind: 'text', text: 'Then ' }, { kind: 'em', text: 'release' }, { kind: 'text', text: ' it, ' }, { kind: 'em', text: 'always' }, { kind: 'text', text: '.' }],
    ]);
  });

  it('keeps HTML and identifiers with underscores as text', () => {
    expect(parseLightMarkdown('<img src=x onerror=alert(1)> at DISPATCH_LEVEL')).toEqual([[{ kind: 'text', text: '<img src=x onerror=alert(1)> at DISPATCH_LEVEL' }]]);
  });
});
