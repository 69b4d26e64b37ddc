import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MiniSearch from 'minisearch';
import { SearchView } from '@/components/search/search-view';
import { TermTip } from '@/components/lesson/term-tip';
import { courseStore } from '@/lib/store/course-store';
import { emptyPersistedState } from '@/lib/store/persisted-schema';
import { SEARCH_OPTIONS, type SearchDocument } from '@/lib/search/search-options';

const replace = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ replace, push: jest.fn() }), useSearchParams: () => new URLSearchParams('') }));

const docs: SearchDocument[] = [
  { id: 'l1', kind: 'lesson', title: 'Spin locks and IRQL', heading: 'Acquiring raises IRQL', url: '/lessons/spin-locks#acquiring-raises-irql', text: 'KeAcquireSpinLock raises the IRQL to DISPATCH_LEVEL before it takes the lock.' },
  { id: 't1', kind: 'term', title: 'DPC', heading: 'deferred procedure call', url: '/glossary#term-dpc', text: 'Work queued to run at DISPATCH_LEVEL.' },
];

describe('SearchView', () => {
  beforeEach(() => {
    const index = new MiniSearch(SEARCH_OPTIONS);
    index.addAll(docs);
    const body = JSON.stringify(index);
    global.fetch = jest.fn(() => Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(body) })) as unknown as typeof fetch;
    act(() => courseStore.setState({ ...emptyPersistedState(), hydrated: true }));
  });

  it('finds lessons, terms and the reader’s notes, with the matches marked, linking to the heading', async () => {
    act(() =>
      courseStore.setState({
        annotations: [{ id: 'n1', snippetId: 'spin-lock-stats', startLine: 3, endLine: 3, text: 'Remember DISPATCH_LEVEL here', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', snippetHash: 'a'.repeat(64), lineText: ['x'] }],
      }),
    );
    const user = userEvent.setup();
    render(<SearchView />);
    const box = screen.getByRole('searchbox', { name: 'Search the course' });
    expect(box).toHaveFocus();
    await screen.findByText((_, el) => el?.getAttribute('aria-busy') === null && el.tagName === 'DIV' && el.className === 'search-status');
    await user.type(box, 'DISPATCH_LEVEL');
    const results = await screen.findAllByRole('listitem');
    expect(results).toHaveLength(3);
    const lesson = screen.getByRole('link', { name: /Spin locks and IRQL › Acquiring raises IRQL/ });
    expect(lesson).toHaveAttribute('href', '/lessons/spin-locks#acquiring-raises-irql');
    expect(within(lesson.closest('li') as HTMLElement).getByText('DISPATCH_LEVEL', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByText('Your note')).toBeInTheDocument();
    expect(replace).toHaveBeenLastCalledWith('/search/?q=DISPATCH_LEVEL', { scroll: false });
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    render(<SearchView />);
    await user.type(screen.getByRole('searchbox'), 'zzzzqqq');
    expect(await screen.findByText('No results.')).toBeInTheDocument();
  });
});

describe('TermTip', () => {
  it('describes the term by its definition, shows on focus and hides on Escape', async () => {
    const user = userEvent.setup();
    render(
      <p>
        The <TermTip term="IRQL" definition="The interrupt request level.">IRQL</TermTip> rises.
      </p>,
    );
    await user.tab();
    const term = screen.getByText('IRQL', { selector: '.term' });
    expect(term).toHaveFocus();
    expect(term).toHaveAccessibleDescription(/IRQL ?: The interrupt request level./);
    expect(term).not.toHaveClass('term-dismissed');
    await user.keyboard('{Escape}');
    expect(term).toHaveClass('term-dismissed');
  });
});
