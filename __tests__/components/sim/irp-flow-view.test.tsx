import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import IrpFlowView from '@/components/sim/irp-flow-view';

describe('IrpFlowView', () => {
  it('steps forward and back with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    render(<IrpFlowView scenario="read-passed-down" />);
    expect(screen.getByText(/^Step 1 of \d+$/)).toBeInTheDocument();
    screen.getByRole('button', { name: 'Next ▶' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByText(/^Step 3 of/)).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByText(/^Step 2 of/)).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByText('The IRP completed cleanly.')).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(screen.getByText(/^Step 1 of/)).toBeInTheDocument();
  });

  it('keeps a text log of the steps so far', async () => {
    const user = userEvent.setup();
    render(<IrpFlowView scenario="read-passed-down" />);
    await user.click(screen.getByRole('button', { name: 'Next ▶' }));
    const log = screen.getByText('Text log of every step so far').closest('details') as HTMLElement;
    expect(within(log).getAllByRole('listitem')).toHaveLength(2);
  });

  it('names each mistake in the broken filter, and runs clean once the learner fixes the drivers', async () => {
    const user = userEvent.setup();
    render(<IrpFlowView scenario="broken-filter" />);
    await user.click(screen.getByRole('button', { name: 'End' }));
    expect(screen.getByText('The IRP completed, but with 2 mistakes.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('STATUS_PENDING returned without IoMarkIrpPending');

    const [filterAction] = screen.getAllByLabelText('Dispatch routine');
    await user.selectOptions(filterAction as HTMLElement, 'copy-and-forward');
    await user.click(screen.getByRole('checkbox', { name: 'Calls IoMarkIrpPending' }));
    expect(screen.getByText(/^Step 1 of/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'End' }));
    expect(screen.getByText('The IRP completed cleanly.')).toBeInTheDocument();
  });

  it('opens at a given step for "predict the next step" exercises', () => {
    render(<IrpFlowView scenario="forward-and-wait" step={4} fixed />);
    expect(screen.getByText(/^Step 4 of/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Dispatch routine')).not.toBeInTheDocument();
  });
});
