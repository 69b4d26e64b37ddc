import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SnippetAnnotator } from '@/components/annotator/snippet-annotator';
import { createAnnotation } from '@/lib/annotations/annotation-model';
import { courseStore } from '@/lib/store/course-store';
import { emptyPersistedState } from '@/lib/store/persisted-schema';

// Monaco cannot run in jsdom; this stand-in shows what the annotator hands it and lets a test select lines.
jest.mock('@/components/annotator/monaco-view', () => ({
  __esModule: true,
  default: ({ notes, onSelectLines, onAddNote }: { notes: { startLine: number; endLine: number; author: boolean }[]; onSelectLines(r: object): void; onAddNote(r: object): void }) => (
    <div data-testid="fake-monaco">
      <span>{notes.map((n) => `${n.author ? 'A' : 'R'}${n.startLine}-${n.endLine}`).join(' ')}</span>
      <button type="button" onClick={() => onSelectLines({ startLine: 2, endLine: 4 })}>select 2-4</button>
      <button type="button" onClick={() => onAddNote({ startLine: 5, endLine: 5 })}>alt+n on 5</button>
    </div>
  ),
}));

const code = ['#include <ntddk.h>', '', 'KSPIN_LOCK Lock;', 'KIRQL Old;', 'void RzF(void) {}', '/* end */'].join('\n');
const hash = 'c'.repeat(64);
const authorNotes = [{ startLine: 3, endLine: 3, text: 'The lock lives in nonpaged memory.' }];

function renderAnnotator() {
  const user = userEvent.setup();
  render(
    <SnippetAnnotator snippetId="demo-snippet" file="demo-snippet.c" code={code} hash={hash} authorNotes={authorNotes}>
      <div className="snippet-code" tabIndex={0}>
        {code.split('\n').map((line, i) => (
          <span key={i} className="line" data-line={i + 1}>{line}</span>
        ))}
      </div>
    </SnippetAnnotator>,
  );
  return user;
}

const notesPanel = () => screen.getByText(/^Notes on demo-snippet\.c/).closest('details') as HTMLElement;

describe('SnippetAnnotator', () => {
  beforeEach(() => {
    localStorage.clear();
    act(() => courseStore.setState({ ...emptyPersistedState(), hydrated: true }));
  });

  it('adds a note by line number without Monaco, and lists it with the author’s note in line order', async () => {
    const user = renderAnnotator();
    await user.click(screen.getByRole('button', { name: 'Add a note by line number' }));
    await user.clear(screen.getByLabelText('From line'));
    await user.type(screen.getByLabelText('From line'), '4');
    await user.clear(screen.getByLabelText('to line'));
    await user.type(screen.getByLabelText('to line'), '5');
    await user.type(screen.getByLabelText('Note'), 'Saved IRQL goes **here**.');
    await user.click(screen.getByRole('button', { name: 'Add the note' }));

    const items = within(notesPanel()).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.note-lines-button')?.textContent)).toEqual(['Line 3', 'Lines 4–5']);
    expect(within(items[1]!).getByText('here').tagName).toBe('STRONG');
    expect(courseStore.getState().annotations).toEqual([
      expect.objectContaining({ snippetId: 'demo-snippet', startLine: 4, endLine: 5, snippetHash: hash, lineText: ['KIRQL Old;', 'void RzF(void) {}'] }),
    ]);
    expect(document.querySelector('[data-line="4"]')).toHaveClass('line-noted-reader');
    expect(document.querySelector('[data-line="3"]')).not.toHaveClass('line-noted-author');
  });

  it('refuses lines outside the snippet and an empty note', async () => {
    const user = renderAnnotator();
    await user.click(screen.getByRole('button', { name: 'Add a note by line number' }));
    await user.clear(screen.getByLabelText('to line'));
    await user.type(screen.getByLabelText('to line'), '9');
    await user.type(screen.getByLabelText('Note'), 'x');
    await user.click(screen.getByRole('button', { name: 'Add the note' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose lines between 1 and 6.');
    await user.clear(screen.getByLabelText('to line'));
    await user.type(screen.getByLabelText('to line'), '2');
    await user.clear(screen.getByLabelText('Note'));
    await user.click(screen.getByRole('button', { name: 'Add the note' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write something in the note.');
    expect(courseStore.getState().annotations).toEqual([]);
  });

  it('shows HTML in a note as text', async () => {
    const user = renderAnnotator();
    await user.click(screen.getByRole('button', { name: 'Add a note by line number' }));
    await user.type(screen.getByLabelText('Note'), '<img src=x onerror=alert(1)> and `code`');
    await user.click(screen.getByRole('button', { name: 'Add the note' }));
    expect(document.querySelector('.note-list img')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
    expect(screen.getByText('code').tagName).toBe('CODE');
  });

  it('edits, deletes and undoes the delete', async () => {
    const note = createAnnotation({ id: 'demo-snippet', code, hash }, { startLine: 1, endLine: 1 }, 'First take', new Date(), 'n-1');
    act(() => courseStore.setState({ annotations: [note] }));
    const user = renderAnnotator();
    await user.click(screen.getByText(/^Notes on demo-snippet\.c/));
    await user.click(screen.getByRole('button', { name: 'Edit the note on line 1' }));
    await user.clear(screen.getByLabelText('Note'));
    await user.type(screen.getByLabelText('Note'), 'Second take');
    await user.click(screen.getByRole('button', { name: 'Save the note' }));
    expect(screen.getByText('Second take')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete the note on line 1' }));
    expect(screen.queryByText('Second take')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Note deleted.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByText('Second take')).toBeInTheDocument();
    expect(courseStore.getState().annotations[0]?.deletedAt).toBeUndefined();
  });

  it('keeps a note whose snippet changed, marked as possibly moved, with its old lines', async () => {
    const old = createAnnotation({ id: 'demo-snippet', code: 'old line one\nold line two', hash: 'd'.repeat(64) }, { startLine: 2, endLine: 2 }, 'About the old code', new Date(), 'n-2');
    act(() => courseStore.setState({ annotations: [old] }));
    const user = renderAnnotator();
    await user.click(screen.getByText(/^Notes on demo-snippet\.c/));
    const item = screen.getByText('About the old code').closest('li') as HTMLElement;
    expect(within(item).getByText('May have moved')).toBeInTheDocument();
    expect(within(item).getByText('old line two')).toBeInTheDocument();
  });

  it('opens Monaco on Annotate (or Shift+A on the code) and turns a selection into a note', async () => {
    const user = renderAnnotator();
    (document.querySelector('.snippet-code') as HTMLElement).focus();
    await user.keyboard('{Shift>}A{/Shift}');
    const editor = await screen.findByTestId('fake-monaco');
    expect(editor).toHaveTextContent('A3-3');
    await user.click(screen.getByRole('button', { name: 'select 2-4' }));
    await user.click(screen.getByRole('button', { name: 'Add a note on lines 2–4' }));
    expect(screen.getByLabelText('From line')).toHaveValue(2);
    expect(screen.getByLabelText('to line')).toHaveValue(4);
    expect(screen.getByLabelText('Note')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'alt+n on 5' }));
    expect(screen.getByLabelText('From line')).toHaveValue(5);
    await user.click(screen.getByRole('button', { name: 'Close the editor' }));
    expect(screen.queryByTestId('fake-monaco')).not.toBeInTheDocument();
  });
});
