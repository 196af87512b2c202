import { overdueDispatchEntry, partiesOf, partiesToAcknowledge } from './escalation.rules';

describe('an overdue first response escalated (四(二)3, 五(二))', () => {
  it('四(二)3, 五(二): a case in a village or township goes to the coordinator and the township, each to acknowledge', () => {
    expect(partiesToAcknowledge('450702100201')).toEqual(['COORDINATOR', 'TOWNSHIP']);
    expect(partiesToAcknowledge('450702100')).toEqual(['COORDINATOR', 'TOWNSHIP']);
  });

  it('五(二): a case registered at county level has no township to tell: the coordinator alone', () => {
    expect(partiesToAcknowledge('450702')).toEqual(['COORDINATOR']);
  });

  it('四(二)3, 五(二): the coordinator acknowledges for the coordinator’s office, the township officer for the township; no one else', () => {
    expect(partiesOf(['COORDINATOR'])).toEqual(['COORDINATOR']);
    expect(partiesOf(['TOWNSHIP_OFFICER', 'COORDINATOR'])).toEqual(['TOWNSHIP', 'COORDINATOR']);
    expect(partiesOf(['POLICE_OFFICER', 'CIVIL_AFFAIRS_OFFICER'])).toEqual([]);
  });

  it('四(二)3: the entry keeps the case, its clock and where it is (the region path for the region’s queue)', () => {
    const entry = overdueDispatchEntry(
      'e1',
      {
        caseId: 'c1',
        childId: null,
        regionCode: '450702100201',
        situationType: 'LEFT_ALONE',
        receivedAt: '2026-11-02T02:00:00Z',
        dispatchDueAt: '2026-11-02T02:30:00Z',
        slaMinutes: 30,
        detectedAt: '2026-11-02T02:31:00Z',
        minutesOverdue: 1,
      },
      new Date('2026-11-02T02:31:05Z'),
    );
    expect(entry).toMatchObject({
      _id: 'e1',
      caseId: 'c1',
      regionPath: ['450000', '450700', '450702', '450702100', '450702100201'],
      awaitingCoordinator: true,
      awaitingTownship: true,
      acknowledgements: [],
    });
  });
});
