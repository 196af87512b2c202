import { changedFields, NO_STORED_CIRCUMSTANCES, type StoredCircumstances } from './circumstances';
import { consistentCircumstances } from './circumstances.checks';

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

  it('refuses a disability grade without a certificate, and an incomplete one', () => {
    const disability = { type: 'HEARING' as const, grade: 2 };
    expect(() => consistentCircumstances({ ...base, disability }, { disability })).toThrow(
      expect.objectContaining({ code: 'DISABILITY_WITHOUT_CERTIFICATE' }),
    );
    const half = { type: 'HEARING' as const, grade: undefined as unknown as number };
    expect(() =>
      consistentCircumstances(
        { ...base, disabilityCertificate: true, disability: half },
        { disability: half },
      ),
    ).toThrow(expect.objectContaining({ code: 'DISABILITY_INCOMPLETE' }));
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
