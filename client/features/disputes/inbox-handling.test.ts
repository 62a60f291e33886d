import { describe, expect, it } from 'vitest';
import { disputeMadeBy } from './inbox-handling';

describe('disputeMadeBy', () => {
  it('names the dispute a report became', () => {
    expect(disputeMadeBy({ handledAs: 'dispute', handledRef: 'MD0386' })).toBe('MD0386');
  });

  it('is null for a report that became a registry task or an incident lead, or was dismissed', () => {
    expect(disputeMadeBy({ handledAs: 'registry', handledRef: '7f1c2a9e-0000-4000-8000-000000000001' })).toBeNull();
    expect(disputeMadeBy({ handledAs: 'incident_lead', handledRef: 'L0001' })).toBeNull();
    expect(disputeMadeBy({ handledAs: 'dismissed', handledRef: null })).toBeNull();
    expect(disputeMadeBy({ handledAs: null, handledRef: null })).toBeNull();
  });
});
