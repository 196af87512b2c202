import { ChildRegisteredV1, type ChildRegisteredPayload } from '../events/registry/child-registered';
import { BenefitGrantedV1 } from '../events/assistance';
import { contractForTopic, eventCatalog } from '../events/catalog';
import { Topics } from '../events/topics';
import { createEvent } from './create-event';
import { EventContractError, EventProducerError } from './event-contract';

const payload: ChildRegisteredPayload = {
  childId: 'c-1',
  familyName: '黄',
  givenName: '小明',
  sex: 'MALE',
  birthDate: '2015-06-01',
  regionCode: '450702',
  registeredAt: '2026-11-29T08:00:00.000Z',
};
const actor = { kind: 'user' as const, id: 'u-1', department: 'CIVIL_AFFAIRS' };

function violation(fn: () => unknown): EventContractError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(EventContractError);
    return e as EventContractError;
  }
  throw new Error('expected an EventContractError');
}

describe('event envelope and contracts', () => {
  it('builds a valid envelope with a UUIDv7 id, the topic shape and the child as subject', () => {
    const e = createEvent(ChildRegisteredV1, { subject: 'c-1', regionCode: '450702', payload, actor });
    expect(ChildRegisteredV1.topic).toBe('registry.child.registered.v1');
    expect(e.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(e).toMatchObject({
      type: 'registry.child.registered',
      version: 1,
      producer: 'registry',
      subject: 'c-1',
    });
    expect(e.correlationId).toBe(e.id);
    expect(ChildRegisteredV1.parse(JSON.parse(JSON.stringify(e)))).toEqual(e);
  });

  it('refuses a payload with a missing field and names it', () => {
    const { birthDate: _omitted, ...rest } = payload;
    const err = violation(() =>
      createEvent(ChildRegisteredV1, { subject: 'c-1', regionCode: '450702', payload: rest as never, actor }),
    );
    expect(err.code).toBe('EVENT_CONTRACT_VIOLATION');
    expect(err.message).toContain('payload.birthDate');
  });

  it('refuses a malformed region code in the payload and in the envelope', () => {
    const err = violation(() =>
      createEvent(ChildRegisteredV1, {
        subject: 'c-1',
        regionCode: '4507',
        payload: { ...payload, regionCode: 'abc' },
        actor,
      }),
    );
    expect(err.issues.some((i) => i.startsWith('regionCode'))).toBe(true);
  });

  it('refuses an envelope of another type, version or producer on this topic', () => {
    const e = createEvent(ChildRegisteredV1, { subject: 'c-1', regionCode: '450702', payload, actor });
    const err = violation(() =>
      ChildRegisteredV1.parse({ ...e, type: 'registry.child.updated', version: 2 }),
    );
    expect(err.issues).toEqual(
      expect.arrayContaining([expect.stringMatching(/^type:/), expect.stringMatching(/^version:/)]),
    );
    violation(() => ChildRegisteredV1.parse({ ...e, producer: 'police' }));
  });

  it("refuses an envelope whose producer is not the service that owns the contract's topic", () => {
    const e = createEvent(ChildRegisteredV1, { subject: 'c-1', regionCode: '450702', payload, actor });
    // Every field right for a registry topic but the producer: a forgery, whatever else it gets right.
    const err = violation(() => ChildRegisteredV1.parse({ ...e, producer: 'health' }));
    expect(err).toBeInstanceOf(EventProducerError);
    expect(err.code).toBe('EVENT_PRODUCER_MISMATCH');
    expect(err.issues).toEqual(['producer: expected registry, got health']);
    // Also when the rest is wrong too: the producer is named among the issues.
    const both = violation(() => ChildRegisteredV1.parse({ ...e, producer: 'police', version: 2 }));
    expect(both).toBeInstanceOf(EventProducerError);
    expect(both.issues).toEqual(
      expect.arrayContaining([expect.stringMatching(/^producer:/), expect.stringMatching(/^version:/)]),
    );
    // The owner's envelope passes; another mistake alone is a contract error, not a producer one.
    expect(ChildRegisteredV1.parse(e).producer).toBe('registry');
    expect(violation(() => ChildRegisteredV1.parse({ ...e, version: 2 }))).not.toBeInstanceOf(
      EventProducerError,
    );
  });

  it('refuses envelopes missing their id, time or actor, and non-objects', () => {
    const e = createEvent(ChildRegisteredV1, { subject: 'c-1', regionCode: '450702', payload, actor });
    expect(violation(() => ChildRegisteredV1.parse({ ...e, id: 'not-a-uuid' })).message).toContain('id');
    expect(violation(() => ChildRegisteredV1.parse({ ...e, occurredAt: 'yesterday' })).message).toContain(
      'occurredAt',
    );
    expect(violation(() => ChildRegisteredV1.parse({ ...e, actor: undefined })).message).toContain('actor');
    violation(() => ChildRegisteredV1.parse('{}'));
    violation(() => ChildRegisteredV1.parse(null));
  });
});

describe('event catalog', () => {
  it('has one contract per topic, every topic in the shape <service>.<entity>.<verb>.v<N>', () => {
    const topics = eventCatalog.map((c) => c.topic);
    expect(new Set(topics).size).toBe(topics.length);
    for (const c of eventCatalog) {
      expect(c.topic).toMatch(new RegExp(`^${c.producer}\\.[a-z-]+\\.[a-z-]+\\.v${c.version}$`));
      expect(contractForTopic(c.topic)).toBe(c);
    }
    expect(Object.values(Topics).sort()).toEqual([...topics].sort());
  });

  it('refuses a benefit amount that is not a whole number of fen', () => {
    const benefit = {
      benefitId: 'b-1',
      childId: 'c-1',
      programme: 'TEKUN_SUPPORT' as const,
      regionCode: '450702',
      status: 'ACTIVE' as const,
      monthlyAmountFen: 120050.5,
      startDate: '2026-12-01',
      endDate: null,
      reason: 'granted',
      effectiveDate: '2026-12-01',
    };
    const e = violation(() =>
      createEvent(BenefitGrantedV1, { subject: 'c-1', regionCode: '450702', payload: benefit, actor }),
    );
    expect(e.issues.join()).toContain('monthlyAmountFen');
  });
});
