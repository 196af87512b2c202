import { Injectable } from '@nestjs/common';
import { ChildFactsRepository, type ChildFacts } from './child-facts.repository';

/** What health knows of each child (benefits heard of, disability recorded, region). */
@Injectable()
export class ChildFactsService {
  constructor(private readonly facts: ChildFactsRepository) {}

  /** Many children's facts in one store query (the graph's DataLoader batch). */
  getMany(childIds: readonly string[]) {
    return this.facts.getMany(childIds);
  }

  /** Sets fields a person recorded (no event behind them). */
  set(childId: string, change: Partial<Omit<ChildFacts, 'id'>>) {
    return this.facts.set(childId, change);
  }
}
