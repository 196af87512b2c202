import { ChildRegisteredV1, type ChildRegisteredPayload } from '../events/registry/child-registered';
import { createEvent } from './create-event';
import { EventContractError } from './event-contract';

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
