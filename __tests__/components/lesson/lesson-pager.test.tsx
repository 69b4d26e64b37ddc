import { render, screen, within } from '@testing-library/react';
import { LessonPager } from '@/components/lesson/lesson-pager';

describe('LessonPager', () => {
  const spin = { slug: 'spin-locks', title: 'Spin locks' };
  const irp = { slug: 'life-of-an-irp', title: 'The life of an IRP' };

  it('links to the previous and next lessons with rel attributes', () => {
    render(<LessonPager previous={spin} next={irp} />);
    const nav = screen.getByRole('navigation', { name: 'Lesson navigation' });
    const previous = within(nav).getByRole('link', { name: /previous lesson.*spin locks/i });
    const next = within(nav).getByRole('link', { name: /next lesson.*the life of an irp/i });
    expect(previous).toHaveAttribute('href', '/lessons/spin-locks');
    expect(previous).toHaveAttribute('rel', 'prev');
    expect(next).toHaveAttribute('href', '/lessons/life-of-an-irp');
    expect(next).toHaveAttribute('rel', 'next');
  });

  it('says the course is finished on the last lesson', () => {
    render(<LessonPager previous={spin} next={null} />);
    expect(screen.queryByRole('link', { name: /next lesson/i })).not.toBeInTheDocument();
    expect(screen.getByText(/end of the course/i)).toBeInTheDocument();
  });

  it('offers no previous link on the first lesson', () => {
    render(<LessonPager previous={null} next={irp} />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
