import { render, screen, within } from '@testing-library/react';
import { CourseMap } from '@/components/lesson/course-map';

const modules = [
  { slug: 'foundations', order: 1, title: 'Foundations', lessons: [{ slug: 'choosing-a-driver-model', title: 'Choosing a driver model' }] },
  { slug: 'irql', order: 3, title: 'IRQL and synchronization', lessons: [{ slug: 'spin-locks', title: 'Spin locks' }] },
];

describe('CourseMap', () => {
  it('lists every lesson under its module and marks the current one', () => {
    render(<CourseMap modules={modules} currentSlug="spin-locks" />);
    const nav = screen.getByRole('navigation', { name: 'Course contents' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Choosing a driver model', 'Spin locks']);
    expect(within(nav).getByRole('link', { name: 'Spin locks' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Choosing a driver model' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getByText('Module 3')).toBeInTheDocument();
  });
});
