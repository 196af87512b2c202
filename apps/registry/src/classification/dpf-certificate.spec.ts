import {
  createEvent,
  DisabilityCertificateRecordedV1,
  type DisabilityCertificateRecordedPayload,
} from '@qz/contracts';
import { ManualClock } from '@qz/kernel';
import type { ChildRepository } from '../children/child.repository';
import { forRules, NO_STORED_CIRCUMSTANCES } from './circumstances';
import { classify } from './classification.rules';
import { ClassificationService } from './classification.service';
import { circumstancesWithCertificate, circumstancesWithoutCertificate } from './dpf-certificate';
import { DepartmentEventsHandler } from './department-events.handler';

const NOW = '2026-11-30T02:00:00.000Z';
const certificate = (over: Partial<DisabilityCertificateRecordedPayload> = {}) => ({
  childId: 'child-1',
  regionCode: '450702100201',
  type: 'HEARING' as const,
  grade: 2,
  certifiedOn: '2025-06-01',
  recordedBy: 'dpf-officer',
  ...over,
});

/** The circumstances a certificate gave, failing the test when it changed nothing. */
const changed = <T>(c: T | null): T => {
  if (!c) throw new Error('the certificate changed nothing');
  return c;
};

describe('issue 15 defect 4 / 四(三)2: disability is recorded once, by DPF, and the registry learns it by event', () => {
  it('三(一)3: the DPF’s certificate puts it in the circumstances (held, type, grade, date) and the child is DISABLED', () => {
    const after = circumstancesWithCertificate(NO_STORED_CIRCUMSTANCES, certificate(), NOW);
    expect(after).toMatchObject({
      disabilityCertificate: true,
      disability: { type: 'HEARING', grade: 2, certifiedOn: '2025-06-01', recordedAt: NOW },
    });
    const categories = classify(
      { ...forRules(changed(after)), birthDate: '2015-01-01' },
      '2026-11-30',
    ).categories;
    expect(categories.map((c) => c.category)).toEqual(['DISABLED']);
  });

  it('a correction by the DPF replaces the grade; an older record arriving late changes nothing', () => {
    const first = changed(circumstancesWithCertificate(NO_STORED_CIRCUMSTANCES, certificate(), NOW));
    const later = '2026-12-01T02:00:00.000Z';
    expect(circumstancesWithCertificate(first, certificate({ grade: 1 }), later)?.disability).toMatchObject({
      grade: 1,
      recordedAt: later,
    });
    expect(
      circumstancesWithCertificate(first, certificate({ grade: 3 }), '2026-11-01T00:00:00.000Z'),
    ).toBeNull();
  });

  it('the handler writes the certificate, the history entry, ChildUpdated and ChildClassified in one write, once', async () => {
    const child = {
      id: 'child-1',
      familyName: '韦',
      givenName: '小明',
      sex: 'MALE',
      birthDate: '2015-01-01',
      regionCode: '450702100201',
      revision: 3,
      circumstances: { ...NO_STORED_CIRCUMSTANCES, father: 'AT_HOME', mother: 'AT_HOME' },
      classification: { categories: [] },
      classificationOverrides: [],
    };
    const writes: { change: any; events: any[] }[] = [];
    const children = {
      findById: async () => child,
      updateOnceAtRevision: async (
        _id: string,
        _rev: number,
        _eventId: string,
        change: any,
        events: any[],
      ) => {
        writes.push({ change, events });
        return 'applied';
      },
    } as unknown as ChildRepository;
    const clock = new ManualClock(NOW);
    const classification = new ClassificationService(children, {} as never, clock);
    const handler = new DepartmentEventsHandler(children, classification);
    const event = createEvent(DisabilityCertificateRecordedV1, {
      subject: 'child-1',
      regionCode: '450702100201',
      actor: { kind: 'user', id: 'dpf-officer', department: 'DPF' },
      occurredAt: new Date(NOW),
      payload: certificate(),
    });

    await handler.onCertificateRecorded(event);

    expect(writes).toHaveLength(1);
    const [{ change, events }] = writes;
    expect(change.$set.circumstances).toMatchObject({
      disabilityCertificate: true,
      disability: { type: 'HEARING', grade: 2, certifiedOn: '2025-06-01' },
    });
    expect(change.$set.categoryCodes).toEqual(['DISABLED']);
    expect(change.$push.classificationHistory).toMatchObject({
      added: ['DISABLED'],
      reason: expect.stringContaining('the DPF recorded a disability certificate (HEARING, grade 2'),
      decidedBy: 'event:health',
    });
    expect(events.map((e) => e.topic)).toEqual(['registry.child.updated.v1', 'registry.child.classified.v1']);
    expect(events[0].envelope.payload.changed).toEqual([
      'circumstances.disability',
      'circumstances.disabilityCertificate',
    ]);
  });

  it('三(一)3: a certificate recorded while its types were rehabilitation’s (AUTISM) is held as MENTAL', () => {
    const after = circumstancesWithCertificate(NO_STORED_CIRCUMSTANCES, certificate({ type: 'AUTISM' }), NOW);
    expect(after?.disability).toMatchObject({ type: 'MENTAL', grade: 2 });
  });
});

describe('三(一)3: the DPF withdraws (注销) a certificate and the ledger holds it no more', () => {
  const withdrawal = {
    childId: 'child-1',
    regionCode: '450702100201',
    certifiedOn: '2025-06-01',
    withdrawnOn: '2026-12-01',
    reason: 'REASSESSED_NOT_DISABLED' as const,
    note: '复评不再符合残疾标准',
    recordedBy: 'dpf-officer',
  };
  const held = changed(circumstancesWithCertificate(NO_STORED_CIRCUMSTANCES, certificate(), NOW));

  it('三(一)3: the certificate goes and the child is DISABLED no more when nothing else says so', () => {
    const after = changed(circumstancesWithoutCertificate(held, withdrawal, '2026-12-01T03:00:00.000Z'));
    expect(after).toMatchObject({ disabilityCertificate: false, disability: null });
    const categories = classify({ ...forRules(after), birthDate: '2015-01-01' }, '2026-12-01').categories;
    expect(categories).toEqual([]);
  });

  it('三(一)3: nothing held, or a certificate the DPF recorded after the withdrawal, changes nothing', () => {
    expect(circumstancesWithoutCertificate(NO_STORED_CIRCUMSTANCES, withdrawal, NOW)).toBeNull();
    expect(circumstancesWithoutCertificate(held, withdrawal, '2026-11-01T00:00:00.000Z')).toBeNull();
  });
});
