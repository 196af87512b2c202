import { stateGuardianAfter, stateTakesGuardianship, type CourtGuardianshipOrder } from './court-order';

const order = (
  decidedOn: string,
  kind: CourtGuardianshipOrder['newGuardian']['kind'],
): CourtGuardianshipOrder => ({
  caseId: 'case-1',
  petitionId: 'petition-1',
  court: '钦南区人民法院',
  decidedOn,
  grounds: ['REFUSED_DUTIES_SIX_MONTHS'],
  formerGuardian: '韦某',
  newGuardian: { kind, name: kind === 'RELATIVE' ? '韦秀英' : '钦州市民政局' },
  eventId: `e-${decidedOn}`,
});

describe('a court’s guardianship order in the ledger (四(二)5, 四(一)2)', () => {
  it('四(一)2: civil affairs or a welfare institution appointed by the court is the state taking the child in', () => {
    expect(stateTakesGuardianship('CIVIL_AFFAIRS')).toBe(true);
    expect(stateTakesGuardianship('WELFARE_INSTITUTION')).toBe(true);
    expect(stateTakesGuardianship('RELATIVE')).toBe(false);
    expect(stateTakesGuardianship('OTHER')).toBe(false);
  });

  it('四(二)5: the latest order decides, whatever order the events came in', () => {
    expect(stateGuardianAfter([])).toBe(false);
    expect(stateGuardianAfter([order('2026-03-01', 'CIVIL_AFFAIRS')])).toBe(true);
    expect(stateGuardianAfter([order('2026-09-01', 'RELATIVE'), order('2026-03-01', 'CIVIL_AFFAIRS')])).toBe(
      false,
    );
  });
});
