import { Injectable } from '@nestjs/common';
import { ApplicationPartRoutedV1, type ApplicationPartRoutedPayload, type Envelope } from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import { WindowPartService } from './window-part.service';

/**
 * 四(四)1: assistance routes each part of a one-window application to the department that decides
 * it. Each deciding service takes the one topic and keeps only its own departments' parts.
 */
@Injectable()
export class ApplicationPartRoutedHandler {
  constructor(private readonly parts: WindowPartService) {}

  @EventHandler(ApplicationPartRoutedV1)
  onRouted(e: Envelope<ApplicationPartRoutedPayload>): Promise<void> {
    return this.parts.receive(e.payload, e.id);
  }
}
