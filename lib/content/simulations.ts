import { irpScenario } from '@/lib/sim/irp/irp-scenarios';

/** True when a simulator has a scenario with this id (checked at build time). */
export function simulationExists(kind: 'IrpFlow' | 'LockLab', scenario: string): boolean {
  if (kind === 'IrpFlow') return irpScenario(scenario) !== undefined;
  return lockLabScenarioExists(scenario);
}

let lockLabScenarioExists: (id: string) => boolean = () => false;
