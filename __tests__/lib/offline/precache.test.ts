/** @jest-environment node */
import { cacheVersion, precacheUrls } from '@/lib/offline/precache';

describe('precacheUrls', () => {
  it('maps pages to their folder URLs under the base path, keeps assets, and leaves out RSC payloads and the worker', () => {
    const files = ['index.html', 'lessons/spin-locks/index.html', 'lessons/spin-locks/index.txt', '_next/static/chunks/a.js', 'question-bank.json', 'sw.js', '404.html', '_not-found/index.html'];
    expect(precacheUrls(files, '/courses/rz')).toEqual(['/courses/rz/', '/courses/rz/_next/static/chunks/a.js', '/courses/rz/lessons/spin-locks/', '/courses/rz/question-bank.json']);
  });
});

describe('cacheVersion', () => {
  it('changes when any file changes, and not with the order files are listed in', () => {
    const a = cacheVersion([{ file: 'a', data: '1' }, { file: 'b', data: '2' }]);
    expect(cacheVersion([{ file: 'b', data: '2' }, { file: 'a', data: '1' }])).toBe(a);
    expect(cacheVersion([{ file: 'a', data: '1' }, { file: 'b', data: '3' }])).not.toBe(a);
  });
});
