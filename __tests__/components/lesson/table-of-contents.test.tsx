import { render, screen, within } from '@testing-library/react';
import { TableOfContents } from '@/components/lesson/table-of-contents';

describe('TableOfContents', () => {
  it('links to each heading by its id', () => {
    render(
      <TableOfContents
        headings={[
          { depth: 2, text: 'Why spin locks', id: 'why-spin-locks' },
          { depth: 3, text: 'At DISPATCH_LEVEL', id: 'at-dispatch_level' },
        ]}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(nav).getByRole('link', { name: 'Why spin locks' })).toHaveAttribute('href', '#why-spin-locks');
    expect(within(nav).getByRole('link', { name: 'At DISPATCH_LEVEL' })).toHaveAttribute('href', '#at-dispatch_level');
  });

  it('renders nothing for a lesson without headings', () => {
    const { container } = render(<TableOfContents headings={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
