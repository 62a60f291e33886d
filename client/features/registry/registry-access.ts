import type { Role } from '../../../core/contracts/auth';
import { registryAssigners, registryExporters, registryWriters, unmaskers } from '../../../core/contracts/role-groups';

/** What a role may do on the 一标三实 page; the server enforces the same groups, the page only hides what would answer 403. */
export interface RegistryAccess {
  /** Record verification visits and import files. */
  mayWrite: boolean;
  /** Give collection tasks to grid workers and cancel them. */
  mayAssign: boolean;
  /** Export a grid's records. */
  mayExport: boolean;
  /** Ask for an export without masking (audited). */
  mayUnmask: boolean;
}

export function registryAccess(role: Role): RegistryAccess {
  return {
    mayWrite: registryWriters.includes(role),
    mayAssign: registryAssigners.includes(role),
    mayExport: registryExporters.includes(role),
    mayUnmask: unmaskers.includes(role),
  };
}

export const registryTabs = ['freshness', 'tasks', 'import', 'export'] as const;
export type RegistryTab = (typeof registryTabs)[number];

/** The page's tabs a role sees: the figures and tasks for every reader, the import for writers, the export for exporters. */
export function tabsFor(access: RegistryAccess): RegistryTab[] {
  return registryTabs.filter((t) => (t === 'import' ? access.mayWrite : t === 'export' ? access.mayExport : true));
}
