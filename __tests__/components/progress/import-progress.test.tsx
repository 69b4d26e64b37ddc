import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportProgress } from '@/components/progress/import-progress';
import { courseStore } from '@/lib/store/course-store';
import { buildExport } from '@/lib/store/export-format';
import { emptyPersistedState } from '@/lib/store/persisted-schema';

const lessons = [{ slug: 'spin-locks', hasQuiz: true }];
const passed = { lessonSlug: 'spin-locks', startedAt: '2026-03-01T10:00:00.000Z', finishedAt: '2026-03-01T10:05:00.000Z', answers: [], earned: 9, possible: 10, percent: 90, passed: true };

function file(text: string, name = 'progress.json', size?: number) {
  const f = new File([text], name, { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(f, 'size', { value: size });
  if (typeof f.text !== 'function') Object.defineProperty(f, 'text', { value: () => Promise.resolve(text) });
  return f;
}

async function importFile(f: File) {
  const user = userEvent.setup();
  render(<ImportProgress lessons={lessons} />);
  await user.upload(screen.getByLabelText('Choose a progress file'), f);
  return user;
}

describe('ImportProgress', () => {
  beforeEach(() => {
    localStorage.clear();
    act(() => courseStore.setState({ ...emptyPersistedState(), hydrated: true }));
  });

  it.each([
    ['a file that is not JSON', file('hello'), /not JSON/],
    ['JSON of the wrong shape', file('{"format":"other","formatVersion":1}'), /not a Ring Zero progress export/],
    ['a newer format', file(JSON.stringify({ ...buildExport(emptyPersistedState()), formatVersion: 7 })), /newer Ring Zero \(format 7\)/],
    ['damaged contents', file(JSON.stringify({ ...buildExport(emptyPersistedState()), state: { attempts: 'x' } })), /contents are damaged/],
    ['a __proto__ key', file('{"format":"ring-zero-progress","formatVersion":1,"exportedAt":"x","state":{"__proto__":{}}}'), /forbidden key/],
    ['a file over 5 MB', file('{}', 'big.json', 6 * 1024 * 1024), /6\.0 MB/],
  ])('names the problem with %s and changes nothing', async (_name, f, message) => {
    await importFile(f);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was changed.');
    expect(courseStore.getState().attempts).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Merge' })).not.toBeInTheDocument();
  });

  it('previews a good file and merges it', async () => {
    const user = await importFile(file(JSON.stringify(buildExport({ ...emptyPersistedState(), attempts: [passed] }))));
    expect(await screen.findByRole('heading', { name: 'What would change' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /After merge 1 of 1 1/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    expect(courseStore.getState().attempts).toEqual([passed]);
    expect(screen.getByText('Merged progress.json into your progress.')).toBeInTheDocument();
  });
});
