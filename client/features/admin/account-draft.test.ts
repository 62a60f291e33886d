import { describe, expect, it } from 'vitest';
import { accountChanges, emptyDraft, filterPlaces, namesOfCodes, scopeKindsFor, withCodeToggled, withRole, withScopeKind, type AccountDraft } from './account-draft';

const worker: AccountDraft = { username: 'wgy01', displayName: '张三', role: 'grid_worker', scope: { kind: 'grids', codes: ['G1', 'G2'] }, password: '', person: null };
const zhangSan = { id: 'P00012', name: '张三', placeName: '梧桐梁社区第1网格' };

const places = [
  { code: 'G1', name: '梧桐梁社区第1网格' },
  { code: 'G2', name: '梧桐梁社区第2网格' },
  { code: 'G3', name: '三里坪社区第1网格' },
];

describe('accountChanges', () => {
  it('is null when nothing changed, whatever the order of the codes', () => {
    expect(accountChanges(worker, { ...worker, scope: { kind: 'grids', codes: ['G2', 'G1'] } })).toBeNull();
  });

  it('sends a changed display name alone, trimmed', () => {
    expect(accountChanges(worker, { ...worker, displayName: ' 张三丰 ' })).toEqual({ displayName: '张三丰' });
  });

  it('does not count spaces around an unchanged name as a change', () => {
    expect(accountChanges(worker, { ...worker, displayName: '张三 ' })).toBeNull();
  });

  it('sends the role with the jurisdiction when only the codes changed', () => {
    expect(accountChanges(worker, { ...worker, scope: { kind: 'grids', codes: ['G1', 'G3'] } })).toEqual({
      role: 'grid_worker',
      scope: { kind: 'grids', codes: ['G1', 'G3'] },
    });
  });

  it('sends the jurisdiction with the role when only the role changed', () => {
    expect(accountChanges(worker, { ...worker, role: 'grid_leader' })).toEqual({ role: 'grid_leader', scope: { kind: 'grids', codes: ['G1', 'G2'] } });
  });
});

describe('the staff record (人员)', () => {
  it('sends a link, a changed link and an unlinking, and no change when it stays', () => {
    const linked = { ...worker, person: zhangSan };
    expect(accountChanges(worker, linked)).toEqual({ personId: 'P00012' });
    expect(accountChanges(linked, { ...linked, person: { ...zhangSan, id: 'P00013' } })).toEqual({ personId: 'P00013' });
    expect(accountChanges(linked, worker)).toEqual({ personId: null });
    expect(accountChanges(linked, { ...linked, person: { ...zhangSan } })).toBeNull();
  });

  it('goes with a role that takes another kind of record, and stays with one that takes the same', () => {
    const linked = { ...worker, person: zhangSan };
    expect(withRole(linked, 'officer').person).toBeNull();
    expect(withRole(linked, 'grid_leader').person).toBeNull();
    expect(withRole({ ...linked, role: 'officer' }, 'patrol_leader').person).toEqual(zhangSan);
  });
});

describe('withRole', () => {
  it('proposes the role’s usual kind of jurisdiction and drops the codes of the old kind', () => {
    expect(withRole(worker, 'officer').scope).toEqual({ kind: 'beat', codes: [] });
    expect(withRole(worker, 'admin').scope).toEqual({ kind: 'district', codes: [] });
  });

  it('keeps the codes when the kind stays the same', () => {
    expect(withRole(worker, 'grid_leader').scope).toEqual(worker.scope);
  });
});

describe('the jurisdiction', () => {
  it('drops the codes when its kind changes, and keeps them when it does not', () => {
    expect(withScopeKind(worker, 'street').scope).toEqual({ kind: 'street', codes: [] });
    expect(withScopeKind(worker, 'grids')).toBe(worker);
  });

  it('adds a code ticked and removes one unticked', () => {
    expect(withCodeToggled(worker, 'G3').scope.codes).toEqual(['G1', 'G2', 'G3']);
    expect(withCodeToggled(worker, 'G1').scope.codes).toEqual(['G2']);
  });

  it('is the whole district only for an administrator', () => {
    expect(scopeKindsFor('admin')).toEqual(['district']);
    expect(scopeKindsFor('officer')).toContain('beat');
  });

  it('starts, for a new account, as a grid worker’s grids', () => {
    expect(emptyDraft().scope).toEqual({ kind: 'grids', codes: [] });
  });
});

describe('filterPlaces', () => {
  it('keeps the places whose name holds the typed text', () => {
    expect(filterPlaces(places, ' 梧桐梁 ').map((p) => p.code)).toEqual(['G1', 'G2']);
  });

  it('keeps every place, in order, for empty text', () => {
    expect(filterPlaces(places, '  ')).toEqual(places);
  });

  it('finds a place by its code too', () => {
    expect(filterPlaces(places, 'g3').map((p) => p.name)).toEqual(['三里坪社区第1网格']);
  });
});

describe('namesOfCodes', () => {
  it('names the chosen codes in the list’s order, and keeps a code no place has as it is', () => {
    expect(namesOfCodes(['G3', 'OLD', 'G1'], places)).toEqual(['梧桐梁社区第1网格', '三里坪社区第1网格', 'OLD']);
  });
});
