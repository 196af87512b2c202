import { changedFields, NO_STORED_CIRCUMSTANCES, type StoredCircumstances } from './circumstances';
import { consistentCircumstances, refuseLedgerDisability } from './circumstances.checks';

const base: StoredCircumstances = {
  ...NO_STORED_CIRCUMSTANCES,
  father: 'MIGRANT_WORKER',
  fatherWorkplace: '广东东莞',
};

describe('circumstance details stay consistent with the facts they describe', () => {
  it('a parent who came home has no workplace away any more', () => {
    expect(
      consistentCircumstances({ ...base, father: 'AT_HOME' }, { father: 'AT_HOME' }).fatherWorkplace,
    ).toBeNull();
  });

  it('refuses a workplace for a parent not working away', () => {
    expect(() =>
      consistentCircumstances(
        { ...base, mother: 'AT_HOME', motherWorkplace: '深圳' },
        { motherWorkplace: '深圳' },
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'WORKPLACE_WITHOUT_MIGRANT_PARENT',
        details: { field: 'input.motherWorkplace' },
      }),
    );
  });

  it('issue 15 defect 4 / 四(三)2: disability is recorded once, by DPF — the ledger refuses a certificate, type or grade with DISABILITY_RECORDED_BY_DPF', () => {
    for (const [given, field] of [
      [{ disabilityCertificate: true }, 'input.disabilityCertificate'],
      [{ disabilityCertificate: false }, 'input.disabilityCertificate'],
      [{ disabilityGrade: 2 }, 'input.disabilityGrade'],
      [{ disabilityType: 'VISION' }, 'input.disabilityType'],
      [{ disabilityCertificate: true, disabilityGrade: 1 }, 'input.disabilityCertificate'],
    ] as const)
      expect(() => refuseLedgerDisability(given)).toThrow(
        expect.objectContaining({
          code: 'DISABILITY_RECORDED_BY_DPF',
          details: { field },
          message: expect.stringContaining('recordDisabilityCertificate'),
        }),
      );
    expect(() =>
      refuseLedgerDisability({ disabilityCertificate: null, disabilityGrade: undefined }),
    ).not.toThrow();
  });

  it('issue 15 defect 4: a change of other circumstances keeps the certificate the DPF recorded', () => {
    const recorded = {
      ...base,
      disabilityCertificate: true,
      disability: { type: 'AUTISM' as const, grade: 2 },
    };
    expect(
      consistentCircumstances({ ...recorded, seriousIllness: true }, { seriousIllness: true }),
    ).toMatchObject({
      disabilityCertificate: true,
      disability: { type: 'AUTISM', grade: 2 },
    });
  });

  it('refuses a certification that ends before it starts', () => {
    const household = { ...base.household, dibao: true, dibaoFrom: '2026-01-01', dibaoUntil: '2025-12-31' };
    expect(() => consistentCircumstances({ ...base, household }, { household })).toThrow(
      expect.objectContaining({ code: 'CERTIFICATION_PERIOD_INVALID' }),
    );
  });
});

describe('ChildUpdated names what changed', () => {
  it('lists changed fields, household fields by name, and nothing for an unchanged record', () => {
    const after = {
      ...base,
      father: 'AT_HOME' as const,
      household: { ...base.household, address: '沙埠村3队' },
    };
    expect(changedFields(base, after)).toEqual(['circumstances.father', 'circumstances.household.address']);
    expect(changedFields(base, { ...base })).toEqual([]);
  });
});
