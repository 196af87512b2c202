import { decidedInItsService, departmentsDecidedBy, visibleParts } from './application-access.rules';

const parts = [
  { partId: 'p1', department: 'ASSISTANCE' },
  { partId: 'p2', department: 'HEALTH' },
  { partId: 'p3', department: 'EDUCATION' },
  { partId: 'p4', department: 'DPF' },
];
const ids = (xs: { partId: string }[]) => xs.map((p) => p.partId);

describe('rule 四(四)1 协同办理, least privilege: each department decides and sees only its own parts', () => {
  it('the civil-affairs officer decides the assistance parts, health, education and DPF their own', () => {
    expect(departmentsDecidedBy(['CIVIL_AFFAIRS_OFFICER'])).toEqual(['ASSISTANCE']);
    expect(departmentsDecidedBy(['HEALTH_OFFICER'])).toEqual(['HEALTH']);
    expect(departmentsDecidedBy(['EDUCATION_OFFICER'])).toEqual(['EDUCATION']);
    expect(departmentsDecidedBy(['DPF_OFFICER'])).toEqual(['DPF']);
    expect(departmentsDecidedBy(['HEALTH_OFFICER', 'DPF_OFFICER'])).toEqual(['HEALTH', 'DPF']);
  });

  it('the township window and the coordinators decide no part', () => {
    expect(departmentsDecidedBy(['CHILD_SOCIAL_WORKER', 'TOWNSHIP_OFFICER', 'COORDINATOR'])).toEqual([]);
  });

  it('the window, the bureau and the coordinators see every part', () => {
    for (const role of [
      'CIVIL_AFFAIRS_OFFICER',
      'CHILD_SOCIAL_WORKER',
      'TOWNSHIP_OFFICER',
      'COORDINATOR',
    ] as const)
      expect(ids(visibleParts(parts, [role]))).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('an education officer does not see the medical part, a health officer not the education part', () => {
    expect(ids(visibleParts(parts, ['EDUCATION_OFFICER']))).toEqual(['p3']);
    expect(ids(visibleParts(parts, ['HEALTH_OFFICER']))).toEqual(['p2']);
    expect(ids(visibleParts(parts, ['DPF_OFFICER']))).toEqual(['p4']);
    expect(ids(visibleParts(parts, ['POLICE_OFFICER']))).toEqual([]);
  });
});

describe('rule 四(四)1 协同办理: a department with its own service decides its part there', () => {
  it('health’s, the DPF’s and education’s parts are decided in their services, by their rules and budgets', () => {
    expect(decidedInItsService('HEALTH')).toBe('decideHealthWindowPart');
    expect(decidedInItsService('DPF')).toBe('decideHealthWindowPart');
    expect(decidedInItsService('EDUCATION')).toBe('decideEducationWindowPart');
  });

  it('assistance’s own parts are decided on the application', () => {
    expect(decidedInItsService('ASSISTANCE')).toBeNull();
  });
});
