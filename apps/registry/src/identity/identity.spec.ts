import { certificateToCarry, situationsToCarry } from './identity';

const dpf = (grade: number, recordedAt?: string) => ({
  disabilityCertificate: true,
  disability: { type: 'HEARING' as const, grade, certifiedOn: '2025-01-01', recordedAt },
});

describe('issue 15 defect 4 / 四(三)2: disability is recorded once, by DPF — a merge carries the DPF’s record, never a second one', () => {
  it('the provisional record’s certificate goes to a surviving record that has none, with its type and grade', () => {
    expect(certificateToCarry(dpf(2, '2026-11-01T00:00:00.000Z'), { disabilityCertificate: false })).toEqual(
      dpf(2, '2026-11-01T00:00:00.000Z'),
    );
    expect(certificateToCarry(undefined, undefined)).toBeNull();
    expect(certificateToCarry({ disabilityCertificate: false }, undefined)).toBeNull();
  });

  it('the later of the DPF’s two records wins (the rule health applies to its own records on the merge)', () => {
    const older = dpf(3, '2026-10-01T00:00:00.000Z');
    const newer = dpf(1, '2026-11-01T00:00:00.000Z');
    expect(certificateToCarry(newer, older)).toEqual(newer);
    expect(certificateToCarry(older, newer)).toBeNull();
    // A ledger entry from before the DPF's record was the source gives way to the DPF's.
    expect(certificateToCarry(newer, dpf(4))).toEqual(newer);
    expect(certificateToCarry(dpf(4), newer)).toBeNull();
  });

  it('the certificate is not among the yes/no situations carried on their own', () => {
    expect(situationsToCarry({ disabilityCertificate: true } as never, {})).toEqual({});
  });
});
