import { Inject, Injectable } from '@nestjs/common';
import { VisitDangerFoundV1, VisitRecordedV1, type Actor, type DangerSign } from '@qz/contracts';
import { localDateInChina, parseLocalDate, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { v7 as uuidv7 } from 'uuid';
import { childEvent } from '../children/child-event';
import { ChildErrors } from '../children/child.errors';
import { ChildRepository } from '../children/child.repository';
import { GuardianshipErrors } from '../guardianship/guardianship.errors';
import { livingArrangementAfter } from '../guardianship/living-arrangement';
import { SupervisorErrors } from '../supervisors/supervisor.errors';
import { SupervisorRepository } from '../supervisors/supervisor.repository';
import type { RecordVisitInput } from './visit.inputs';
import { dangerToReport, higherRisk, nextVisitDue, riskFromFlags, type RiskFlag } from './visit.rules';
import { VisitErrors } from './visit.errors';

/**
 * Home visits (家访 / 探访 / 随访, 四(一)4): each is kept on the child, sets the child's risk level
 * and next visit date, and is published as VisitRecorded. A visit that finds a child under 16
 * living alone raises the same alert as recording it directly; one that finds danger signs is a
 * report to police (VisitDangerFound, 四(二)2–3), with the visit as its source.
 */
@Injectable()
export class VisitService {
  constructor(
    private readonly children: ChildRepository,
    private readonly supervisors: SupervisorRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(input: RecordVisitInput, actor: Actor) {
    const visitedOn = parseLocalDate(input.visitedOn, 'input.visitedOn');
    if (visitedOn > localDateInChina(this.clock.now()))
      throw GuardianshipErrors.dateInFuture('input.visitedOn', visitedOn);
    const child = await this.children.findById(input.childId);
    if (!child) throw ChildErrors.notFound(input.childId);
    if (visitedOn < child.birthDate) throw VisitErrors.beforeBirth(visitedOn, child.birthDate);
    if (input.supervisorId) {
      const supervisor = await this.supervisors.findById(input.supervisorId);
      if (!supervisor || supervisor.endedOn) throw SupervisorErrors.notFound(input.supervisorId);
      if (!child.regionPath.includes(supervisor.regionCode))
        throw SupervisorErrors.notForRegion(supervisor.id, supervisor.regionCode);
    }
    const flags = [...new Set(input.riskFlags)] as RiskFlag[];
    const danger = dangerToReport((input.dangerSigns ?? []) as DangerSign[]);
    const riskLevel = higherRisk(riskFromFlags(flags, danger ?? []), input.riskLevel);
    const visit = {
      id: uuidv7(),
      kind: input.kind,
      visitedOn,
      visitorName: input.visitorName.trim(),
      supervisorId: input.supervisorId ?? null,
      findings: input.findings.trim(),
      riskFlags: flags,
      dangerSigns: danger ?? [],
      riskLevel,
      recordedBy: actor.id,
    };
    const now = this.clock.now();
    const latest = !child.visiting?.lastVisitOn || visitedOn >= child.visiting.lastVisitOn;
    // A visit entered late does not move the schedule back; one dated before the township's
    // assessment (四(二)4) leaves the schedule the assessment set.
    const assessedLater = !!child.visiting?.assessedOn && visitedOn < child.visiting.assessedOn;
    const visiting = !child.visiting
      ? { riskLevel, lastVisitOn: visitedOn, nextVisitDue: nextVisitDue(visitedOn, riskLevel) }
      : !latest
        ? child.visiting
        : assessedLater
          ? { ...child.visiting, lastVisitOn: visitedOn }
          : { riskLevel, lastVisitOn: visitedOn, nextVisitDue: nextVisitDue(visitedOn, riskLevel) };
    const events = [
      childEvent(VisitRecordedV1, child, actor, now, {
        childId: child.id,
        visitId: visit.id,
        regionCode: child.regionCode,
        kind: input.kind as 'HOME_VISIT',
        visitedOn,
        visitorId: input.supervisorId ?? actor.id,
        riskFlags: flags,
        riskLevel,
        nextVisitDue: visiting.nextVisitDue,
      }),
    ];
    if (danger) {
      events.push(
        childEvent(VisitDangerFoundV1, child, actor, now, {
          childId: child.id,
          visitId: visit.id,
          regionCode: child.regionCode,
          kind: input.kind as 'HOME_VISIT',
          visitedOn,
          visitorName: visit.visitorName,
          supervisorId: visit.supervisorId,
          signs: danger,
          findings: visit.findings,
        }),
      );
    }
    const $set: Record<string, unknown> = { visiting };
    if ((flags.includes('LIVING_ALONE') || danger?.includes('LIVING_ALONE')) && latest) {
      const found = livingArrangementAfter(
        child,
        {
          livingAlone: true,
          recordedOn: visitedOn,
          source: `visit ${visit.id} by ${visit.visitorName}`,
          address: null,
        },
        actor,
        now,
      );
      $set.livingArrangement = found.livingArrangement;
      // A visit that reports danger is police's one report of it: no second alert from the same visit.
      if (!danger) events.push(...found.events);
    }
    if (
      !(await this.children.updateAtRevision(
        child.id,
        child.revision,
        { $set, $push: { visits: visit } },
        events,
      ))
    )
      throw ChildErrors.changedConcurrently(child.id);
    return this.children.get(child.id);
  }
}
