import { render, screen, within } from '@testing-library/react';
import { Breadcrumbs } from '@/components/lesson/breadcrumbs';

describe('Breadcrumbs', () => {
  it('shows course › module › lesson with the lesson as the current page', () => {
    render(<Breadcrumbs module={{ slug: 'io-model', title: 'The I/O model' }} lesson={{ title: 'The life of an IRP' }} />);
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const items = within(nav).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Course', 'The I/O model', 'The life of an IRP']);
    expect(within(nav).getByRole('link', { name: 'The I/O model' })).toHaveAttribute('href', '/#module-io-model');
    expect(items[2]).toHaveAttribute('aria-current', 'page');
  });
});
