import { GuardianshipEscalatedV1, GuardianshipLapsedV1, type Actor } from '@qz/contracts';
import { guardianshipAfter, type StoredGuardianship } from './guardianship-state';

const actor: Actor = { kind: 'system', id: 'registry:birthday-sweep' };
const at = new Date('2026-11-02T02:00:00Z');
const child = (guardianship?: StoredGuardianship) => ({
  id: 'c-1',
  regionCode: '450702100201',
  guardianship,
});
const topics = (r: { events: { topic: string }[] }) => r.events.map((e) => e.topic);

describe('rule 四(一)3: a gap goes to the township and village queue; past its deadline, to police (四(二)2)', () => {
  it('a new gap raises the lapse and opens a follow-up due in 10 working days; police are not told', () => {
    const found = guardianshipAfter(child(), true, [], '2026-11-02', actor, at);
    expect(topics(found)).toEqual([GuardianshipLapsedV1.topic]);
    expect(found.guardianship.followUp).toEqual({
      situation: 'NO_AGREEMENT',
      openedOn: '2026-11-02',
      dueOn: '2026-11-16',
      escalatedOn: null,
    });
  });

  it('the sweeps up to the due day change nothing; the day after, one escalation for police', () => {
    const opened = guardianshipAfter(child(), true, [], '2026-11-02', actor, at).guardianship;
    const onDueDay = guardianshipAfter(child(opened), true, [], '2026-11-16', actor, at);
    expect(topics(onDueDay)).toEqual([]);
    const late = guardianshipAfter(child(onDueDay.guardianship), true, [], '2026-11-17', actor, at);
    expect(topics(late)).toEqual([GuardianshipEscalatedV1.topic]);
    expect(late.events[0].envelope.payload).toEqual({
      childId: 'c-1',
      regionCode: '450702100201',
      situation: 'NO_AGREEMENT',
      validUntil: null,
      openedOn: '2026-11-02',
      dueOn: '2026-11-16',
      escalatedOn: '2026-11-17',
    });
    const again = guardianshipAfter(child(late.guardianship), true, [], '2026-11-18', actor, at);
    expect(topics(again)).toEqual([]);
    expect(again.guardianship.followUp?.escalatedOn).toBe('2026-11-17');
  });

  it('a child no longer left-behind has no follow-up', () => {
    const opened = guardianshipAfter(child(), true, [], '2026-11-02', actor, at).guardianship;
    expect(
      guardianshipAfter(child(opened), false, [], '2026-11-20', actor, at).guardianship.followUp,
    ).toBeNull();
  });
});
