import { describe, expect, it } from 'vitest';
import { emptyParty, emptyRegisterDraft, issuesAfterEdit, partyIssues, toNewDispute, type RegisterDraft } from './register-form';

const filled: RegisterDraft = { ...emptyRegisterDraft, type: 'neighbour', source: 'grid_worker', summary: ' 楼道堆物纠纷 ', buildingCode: 'C0859-B01' };

describe('toNewDispute', () => {
  it('sends a building, trimmed text and the defaults of the schema', () => {
    expect(toNewDispute(filled)).toEqual({
      ok: true,
      body: { type: 'neighbour', source: 'grid_worker', summary: '楼道堆物纠纷', description: '', parties: [], buildingCode: 'C0859-B01', threats: false, violence: false, linkedIncidents: [] },
    });
  });

  it('sends a chosen standard address as itself, not only its building, so the place is kept', () => {
    const r = toNewDispute({ ...filled, addressCode: 'A-C0859-B01-1' });
    expect(r.ok && [r.body.addressCode, r.body.buildingCode]).toEqual(['A-C0859-B01-1', undefined]);
  });

  it('sends only the chosen kind of place', () => {
    const r = toNewDispute({ ...filled, where: 'point', lngLat: [107.5, 31.2] });
    expect(r.ok && [r.body.lngLat, r.body.buildingCode]).toEqual([[107.5, 31.2], undefined]);
  });

  it('names the missing place as the field of the chosen kind', () => {
    expect(toNewDispute({ ...filled, buildingCode: ' ' })).toMatchObject({ ok: false, issues: [{ field: 'buildingCode' }] });
    expect(toNewDispute({ ...filled, where: 'point' })).toMatchObject({ ok: false, issues: [{ field: 'lngLat' }] });
  });

  it('leaves out blank party fields and refuses a bad ID number, naming the party', () => {
    const ok = toNewDispute({ ...filled, parties: [{ ...emptyParty(), name: '张三' }] });
    expect(ok.ok && ok.body.parties).toEqual([{ role: 'applicant', name: '张三' }]);
    const bad = toNewDispute({ ...filled, parties: [{ ...emptyParty('respondent'), name: '李四', idNumber: '123' }] });
    expect(bad).toMatchObject({ ok: false, issues: [{ field: 'parties.0.idNumber' }] });
  });

  it('names every missing required field once', () => {
    const r = toNewDispute(emptyRegisterDraft);
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(['type', 'source', 'summary', 'buildingCode']);
  });
});

describe('issuesAfterEdit', () => {
  const refused = (draft: RegisterDraft) => {
    const r = toNewDispute(draft);
    return r.ok ? [] : r.issues;
  };

  it('drops the message of a field once it changes and keeps the others', () => {
    const issues = refused(emptyRegisterDraft);
    const typed = { ...emptyRegisterDraft, type: 'family' as const };
    expect(issuesAfterEdit(issues, emptyRegisterDraft, typed).map((i) => i.field)).toEqual(['source', 'summary', 'buildingCode']);
    const summarised = { ...typed, summary: '楼上漏水' };
    expect(issuesAfterEdit(issuesAfterEdit(issues, emptyRegisterDraft, typed), typed, summarised).map((i) => i.field)).toEqual(['source', 'buildingCode']);
  });

  it('drops a party’s field message when that field of that party changes, and the place’s when the kind of place changes', () => {
    const draft = { ...filled, parties: [{ ...emptyParty(), name: '张三', idNumber: '511703199001011234', phone: '12345' }] };
    const issues = refused(draft);
    expect(issues.map((i) => i.field)).toEqual(['parties.0.idNumber', 'parties.0.phone']);
    const fixedId = { ...draft, parties: [{ ...draft.parties[0], idNumber: '511703199001011238' }] };
    expect(issuesAfterEdit(issues, draft, fixedId).map((i) => i.field)).toEqual(['parties.0.phone']);
    const noPlace = refused({ ...filled, buildingCode: '' });
    expect(issuesAfterEdit(noPlace, { ...filled, buildingCode: '' }, { ...filled, buildingCode: '', where: 'point' })).toEqual([]);
  });
});

describe('partyIssues', () => {
  const refused = (parties: RegisterDraft['parties']) => {
    const r = toNewDispute({ ...filled, parties });
    return r.ok ? [] : r.issues;
  };
  const fieldsOf = (byField: ReturnType<typeof partyIssues>) => Object.keys(byField).sort();

  it('gives a bad ID number and a bad phone of one party both at once', () => {
    const issues = refused([{ ...emptyParty(), name: '张三', idNumber: '511703199001011234', phone: '12345' }]);
    expect(fieldsOf(partyIssues(issues, 0))).toEqual(['idNumber', 'phone']);
  });

  it('gives an empty name and a 14-digit ID number both at once', () => {
    const issues = refused([{ ...emptyParty(), name: ' ', idNumber: '51170319900101' }]);
    const byField = partyIssues(issues, 0);
    expect(fieldsOf(byField)).toEqual(['idNumber', 'name']);
    expect(byField.name?.field).toBe('parties.0.name');
  });

  it('keeps each party’s issues to its own row, party 1 not matching party 10, and puts an unknown field under the row', () => {
    const issues = [
      { field: 'parties.1.phone', message: 'phone' },
      { field: 'parties.10.name', message: 'name' },
      { field: 'parties.1.nickname', message: 'unknown' },
    ];
    expect(partyIssues(issues, 1)).toEqual({ phone: issues[0], row: issues[2] });
    expect(partyIssues(issues, 10)).toEqual({ name: issues[1] });
    expect(partyIssues(issues, 0)).toEqual({});
  });
});
