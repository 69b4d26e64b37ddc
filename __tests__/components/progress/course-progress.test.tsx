import { act, render, screen } from '@testing-library/react';
import { CourseOverview, LessonBadge, ModuleProgress } from '@/components/progress/course-progress';
import { courseStore } from '@/lib/store/course-store';
import { emptyPersistedState } from '@/lib/store/persisted-schema';

const lessons = [
  { slug: 'choosing-a-driver-model', title: 'Choosing a driver model', hasQuiz: true },
  { slug: 'spin-locks', title: 'Spin locks', hasQuiz: true },
  { slug: 'debugging', title: 'Debugging', hasQuiz: false },
];
const passed = { lessonSlug: 'spin-locks', startedAt: '2026-03-01T10:00:00.000Z', finishedAt: '2026-03-01T10:05:00.000Z', answers: [], earned: 9, possible: 10, percent: 90, passed: true };

function setData(patch: Partial<ReturnType<typeof emptyPersistedState>>, hydrated = true) {
  act(() => courseStore.setState({ ...emptyPersistedState(), ...patch, hydrated }));
}

describe('course map progress', () => {
  beforeEach(() => localStorage.clear());

  it('shows nothing, not 0%, before saved progress is read', () => {
    setData({ attempts: [passed] }, false);
    render(<ModuleProgress lessons={lessons} label="IRQL" />);
    expect(screen.queryByText(/complete/)).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows each lesson’s state with its best score', () => {
    setData({
      attempts: [passed, { ...passed, lessonSlug: 'choosing-a-driver-model', percent: 40, passed: false }],
      progress: { lessons: { debugging: { visitedAt: '2026-03-01T09:00:00.000Z' } }, lastPosition: null },
    });
    render(
      <ul>
        {lessons.map((l) => (
          <li key={l.slug}>
            {l.title}: <LessonBadge lesson={l} />
          </li>
        ))}
      </ul>,
    );
    expect(screen.getByText(/Spin locks/).textContent).toMatch(/Complete · best 90%/);
    expect(screen.getByText(/Choosing a driver model/).textContent).toMatch(/In progress · best 40%/);
    expect(screen.getByText(/Debugging/).textContent).toMatch(/In progress$/);
  });

  it('counts module and overall completion', () => {
    setData({ attempts: [passed] });
    render(<ModuleProgress lessons={lessons} label="IRQL" />);
    expect(screen.getByRole('progressbar', { name: 'IRQL: 1 of 3 lessons complete' })).toHaveAttribute('value', '1');
    expect(screen.getByText('1 of 3 complete (33%)')).toBeInTheDocument();
  });

  it('offers to continue at the last lesson and heading, and names the next lesson not done', () => {
    setData({ attempts: [passed], progress: { lessons: { 'spin-locks': { visitedAt: '2026-03-01T10:06:00.000Z', heading: 'in-stack-queued-spin-locks' } }, lastPosition: { lessonSlug: 'spin-locks', heading: 'in-stack-queued-spin-locks', at: '2026-03-01T10:06:00.000Z' } } });
    render(<CourseOverview lessons={lessons} />);
    expect(screen.getByRole('link', { name: 'Continue where you left off: Spin locks' })).toHaveAttribute('href', '/lessons/spin-locks#in-stack-queued-spin-locks');
    expect(screen.getByRole('link', { name: 'Choosing a driver model' })).toHaveAttribute('href', '/lessons/choosing-a-driver-model');
  });

  it('offers no resume link to a new reader', () => {
    setData({});
    render(<CourseOverview lessons={lessons} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
