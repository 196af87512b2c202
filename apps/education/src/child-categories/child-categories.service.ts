import { Injectable } from '@nestjs/common';
import { ChildCategoriesRepository } from './child-categories.repository';

/** The registry's categories of each child, as education last heard them. */
@Injectable()
export class ChildCategoriesService {
  constructor(private readonly categories: ChildCategoriesRepository) {}

  /** Many children's in one store query (the graph's DataLoader batch). */
  findByIds(childIds: readonly string[]) {
    return this.categories.findByIds(childIds);
  }
}
