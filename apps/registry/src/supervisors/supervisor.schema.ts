import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RegionScopedDocument } from '@qz/persistence';

export type SupervisorRole = 'VILLAGE_SUPERVISOR' | 'TOWNSHIP_SOCIAL_WORKER';

/**
 * 四(二)1, 五(一): one child-welfare supervisor (儿童福利督导员) per village committee and one child
 * social worker (儿童社会工作者) per township, each appointed to their region.
 */
@Schema({ collection: 'supervisors', versionKey: false })
export class SupervisorDocument extends RegionScopedDocument {
  @Prop({ required: true, maxlength: 50 }) name: string;
  @Prop({ type: String, required: true, enum: ['VILLAGE_SUPERVISOR', 'TOWNSHIP_SOCIAL_WORKER'] })
  role: SupervisorRole;
  @Prop({ type: String, default: null }) phone: string | null;
  @Prop({ required: true }) appointedOn: string;
  @Prop({ type: String, default: null }) endedOn: string | null;
  /** `<role>:<region>` while in post, the supervisor's own id after: one holder per post. */
  @Prop({ required: true }) post: string;
}

export const SupervisorSchema = SchemaFactory.createForClass(SupervisorDocument);
// One holder per post: appointSupervisor's check is this index.
SupervisorSchema.index({ post: 1 }, { unique: true });
// Supervisors in post under a region, by region code (SupervisorRepository.inPostUnder), and all
// of a region's appointments (the indicators: the prefix regionPath).
SupervisorSchema.index({ regionPath: 1, endedOn: 1, regionCode: 1 });
