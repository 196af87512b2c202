import { DisabilityCertificateRecordedV1, DisabilityCertificateWithdrawnV1 } from '@qz/contracts';
import { ManualClock } from '@qz/kernel';
import type { ChildReplicaRepository } from '@qz/child-replica';
import type { Identity } from '@qz/identity';
import type { ChildFactsService } from '../facts/child-facts.service';
import type { DisabilityRecord } from '../facts/child-facts.schema';
import {
  certificateAfterMerge,
  disabilityCertificateRecorded,
  disabilityCertificateWithdrawn,
  withdrawalOf,
} from './disability-certificate';
import { DisabilityResolver } from './disability.resolver';
import type { PremiumSubsidyService } from './premium-subsidy.service';

const NOW = new Date('2026-11-30T02:00:00.000Z');
const record = (grade: number, recordedAt = NOW): DisabilityRecord => ({
  type: 'MENTAL',
  grade,
  certifiedOn: '2025-06-01',
  recordedBy: 'dpf-1',
  recordedAt,
});

describe('issue 15 defect 4 / 四(三)2: disability is recorded once, by DPF, and the registry learns it by event', () => {
  it('the event carries the record as the DPF officer entered it, keyed on the child, valid for its contract', () => {
    const out = disabilityCertificateRecorded({ id: 'child-1', regionCode: '450702100201' }, record(2), {
      kind: 'user',
      id: 'dpf-1',
      department: 'DPF',
    });
    expect(out.topic).toBe('health.disability-certificate.recorded.v1');
    expect(DisabilityCertificateRecordedV1.parse(out.envelope)).toMatchObject({
      subject: 'child-1',
      occurredAt: NOW.toISOString(),
      actor: { id: 'dpf-1', department: 'DPF' },
      payload: {
        childId: 'child-1',
        regionCode: '450702100201',
        type: 'MENTAL',
        grade: 2,
        certifiedOn: '2025-06-01',
        recordedBy: 'dpf-1',
      },
    });
  });

  it('recordDisabilityCertificate writes the record and its event in one write (the outbox), on the real child of a merged record', async () => {
    const writes: { childId: string; change: unknown; topics: string[] }[] = [];
    const replicas = {
      findById: async (id: string) =>
        id === 'provisional-1'
          ? { id, regionCode: '450702100201', mergedInto: 'child-1' }
          : { id, regionCode: '450702100201', mergedInto: null },
    } as unknown as ChildReplicaRepository;
    const facts = {
      recordDisability: async (childId: string, change: unknown, events: { topic: string }[]) => {
        writes.push({ childId, change, topics: events.map((e) => e.topic) });
      },
    } as unknown as ChildFactsService;
    const recomputed: string[] = [];
    const premiums = {
      recompute: async (id: string) => {
        recomputed.push(id);
        return 'changed';
      },
    } as unknown as PremiumSubsidyService;
    const resolver = new DisabilityResolver(replicas, facts, premiums, new ManualClock(NOW));
    const viewer = { userId: 'dpf-1', department: 'DPF', roles: ['DPF_OFFICER'] } as unknown as Identity;

    const recorded = await resolver.recordDisabilityCertificate(
      { childId: 'provisional-1', type: 'HEARING', grade: 1, certifiedOn: '2026-01-02' },
      viewer,
    );

    expect(recorded).toMatchObject({
      type: 'HEARING',
      grade: 1,
      certifiedOn: '2026-01-02',
      recordedBy: 'dpf-1',
    });
    expect(writes).toEqual([
      {
        childId: 'child-1',
        change: { disability: recorded, regionCode: '450702100201' },
        topics: ['health.disability-certificate.recorded.v1'],
      },
    ]);
    expect(recomputed).toEqual(['child-1']);
  });

  it('a merge carries the merged record’s certificate when the real child has none or an older one (the registry’s rule too)', () => {
    const older = record(3, new Date('2026-10-01T00:00:00.000Z'));
    const newer = record(1);
    expect(certificateAfterMerge(newer, null)).toBe(newer);
    expect(certificateAfterMerge(newer, older)).toBe(newer);
    expect(certificateAfterMerge(older, newer)).toBeNull();
    expect(certificateAfterMerge(null, newer)).toBeNull();
  });
});

describe('三(一)3, 四(三)2: the DPF withdraws (注销) a certificate, its one keeper', () => {
  const request = {
    withdrawnOn: '2026-12-01',
    reason: 'REASSESSED_NOT_DISABLED' as const,
    note: '复评不再符合残疾标准',
    by: 'dpf-2',
    at: NOW,
  };

  it('三(一)3: the withdrawal keeps the record as it was, and its event is valid for its contract', () => {
    const w = withdrawalOf(record(2), request);
    expect(w).toMatchObject({
      type: 'MENTAL',
      grade: 2,
      certifiedOn: '2025-06-01',
      withdrawnOn: '2026-12-01',
    });
    const out = disabilityCertificateWithdrawn({ id: 'child-1', regionCode: '450702100201' }, w, {
      kind: 'user',
      id: 'dpf-2',
    });
    expect(out.topic).toBe('health.disability-certificate.withdrawn.v1');
    expect(DisabilityCertificateWithdrawnV1.parse(out.envelope).payload).toEqual({
      childId: 'child-1',
      regionCode: '450702100201',
      certifiedOn: '2025-06-01',
      withdrawnOn: '2026-12-01',
      reason: 'REASSESSED_NOT_DISABLED',
      note: '复评不再符合残疾标准',
      recordedBy: 'dpf-2',
    });
  });

  it('三(一)3: refuses when no certificate is recorded, or a date before the certificate’s', () => {
    expect(() => withdrawalOf(null, request)).toThrow(
      expect.objectContaining({ code: 'DISABILITY_CERTIFICATE_NOT_RECORDED' }),
    );
    expect(() => withdrawalOf(record(2), { ...request, withdrawnOn: '2025-05-31' })).toThrow(
      expect.objectContaining({
        code: 'WITHDRAWAL_BEFORE_CERTIFICATE',
        details: { field: 'input.withdrawnOn' },
      }),
    );
  });
});
