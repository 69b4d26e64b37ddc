/** @jest-environment node */
import { drawQuestions, matchesTopic, newSeed } from '@/lib/checks/draw';

const bank = Array.from({ length: 30 }, (_, i) => ({
  id: `q${String(i).padStart(2, '0')}`,
  tags: i % 2 ? ['irql'] : ['irp'],
  moduleSlug: i < 15 ? 'irql-and-synchronization' : 'io-model',
  lessonSlug: `lesson-${i % 3}`,
}));

describe('drawQuestions', () => {
  it('draws the same questions for the same seed, whatever order the bank is in', () => {
    const a = drawQuestions(bank, ['irql'], 5, 'abc123');
    const b = drawQuestions([...bank].reverse(), ['irql'], 5, 'abc123');
    expect(a.map((q) => q.id)).toEqual(b.map((q) => q.id));
    expect(a).toHaveLength(5);
  });

  it('draws different questions for different seeds', () => {
    const draws = new Set(['s1', 's2', 's3', 's4'].map((s) => drawQuestions(bank, [], 5, s).map((q) => q.id).join()));
    expect(draws.size).toBeGreaterThan(1);
  });

  it('takes only questions on the chosen topics: tags, modules or lessons', () => {
    expect(drawQuestions(bank, ['irql'], 30, 'x').every((q) => q.tags.includes('irql'))).toBe(true);
    expect(drawQuestions(bank, ['module:io-model'], 30, 'x')).toHaveLength(15);
    expect(matchesTopic(bank[0]!, 'lesson:lesson-0')).toBe(true);
  });

  it('returns all that match when fewer than asked', () => {
    expect(drawQuestions(bank, ['module:io-model', 'irql'], 100, 'x')).toHaveLength(22);
  });
});

describe('newSeed', () => {
  it('makes a six-character seed', () => {
    expect(newSeed(() => 0.5)).toMatch(/^[0-9a-z]{6}$/);
  });
});
