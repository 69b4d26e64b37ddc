import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import LockLabView from '@/components/sim/lock-lab-view';

describe('LockLabView', () => {
  it('steps with the keyboard and shows the IRQL each step leaves', async () => {
    const user = userEvent.setup();
    render(<LockLabView scenario="spin-lock-irql" />);
    screen.getByRole('button', { name: 'Next ▶' }).focus();
    expect(document.querySelector('.sim-step')).toHaveTextContent(/raises IRQL from PASSIVE_LEVEL to DISPATCH_LEVEL/);
    await user.keyboard('{End}');
    expect(screen.getByText('Finished with no errors.')).toBeInTheDocument();
    expect(screen.getByText('PASSIVE_LEVEL', { selector: 'code' })).toBeInTheDocument();
  });

  it('switches versions and names the error, with the deadlock drawn as a cycle', async () => {
    const user = userEvent.setup();
    render(<LockLabView scenario="lock-order" />);
    await user.click(screen.getByRole('button', { name: 'End' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Two processors taking two locks in opposite order');
    expect(screen.getByText('CPU 0 holds A → waits for B → CPU 1 holds B → waits for A → back to CPU 0')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /the same order/ }));
    expect(screen.getByText(/^Step 1 of/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'End' }));
    expect(screen.getByText('Finished with no errors.')).toBeInTheDocument();
  });

  it('says a zero-timeout wait at DISPATCH_LEVEL is allowed', () => {
    render(<LockLabView scenario="dpc-safe" variant="polls" />);
    expect(screen.getByText(/A zero timeout only tests the object/)).toBeInTheDocument();
  });
});
