import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { PlacementResolver } from './placement.resolver';
import { PlacementService } from './placement.service';

@Module({
  imports: [ChildrenModule],
  providers: [PlacementService, PlacementResolver],
})
export class PlacementModule {}
