import { Injectable } from '@nestjs/common';
import { ApplicationPartDecidedV1, type ApplicationPartDecidedPayload, type Envelope } from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import { ApplicationService } from './application.service';

/**
 * 四(四)1 协同办理: the deciding departments' decisions on the parts this service routed to them
 * (health: medical assistance, premium subsidy, the DPF's rehabilitation; education: education aid)
 * come back as events and are recorded on the one application, whose window shows them.
 */
@Injectable()
export class ApplicationPartDecidedHandler {
  constructor(private readonly applications: ApplicationService) {}

  @EventHandler(ApplicationPartDecidedV1.health)
  onHealth(e: Envelope<ApplicationPartDecidedPayload>): Promise<void> {
    return this.applications.recordDepartmentDecision(e.payload, e.actor);
  }

  @EventHandler(ApplicationPartDecidedV1.education)
  onEducation(e: Envelope<ApplicationPartDecidedPayload>): Promise<void> {
    return this.applications.recordDepartmentDecision(e.payload, e.actor);
  }
}
