import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AssistanceTopics } from '@qz/contracts';
import { ChildReference } from '@qz/child-replica';
import { MessagingModule } from '@qz/messaging/nest';
import { subgraphInfrastructure } from '@qz/platform';
import { BenefitsModule } from './benefits/benefits.module';
import { assistanceConfigSchema } from './config';
import { ChildAssistanceModule } from './child-assistance/child-assistance.module';
import { EligibilityModule } from './eligibility/eligibility.module';
import { IntakeModule } from './intake/intake.module';
import { PaymentRollsModule } from './payment-rolls/payment-rolls.module';
import { StandardsModule } from './standards/standards.module';

const OUTBOX_COLLECTIONS = ['benefits', 'applications'];
const PRODUCES = Object.values(AssistanceTopics);

/**
 * The consumer group carries the topic prefix (empty in production: the group stays `assistance`).
 * Runs with different prefixes on one broker otherwise share one group with different
 * subscriptions, and kafkajs's round-robin assigner hands out only the leader's topics
 * (tulios/kafkajs#1679): a test run's events go unread while another run's service is up.
 * The shared fix belongs in libs/platform; until then assistance replaces the messaging module.
 */
const messagingWithPrefixedGroup = MessagingModule.forRootAsync({
  inject: [ConfigService],
  useFactory: (config: ConfigService) => {
    const topicPrefix = config.get<string>('KAFKA_TOPIC_PREFIX') ?? '';
    return {
      brokers: config.getOrThrow<string>('KAFKA_BROKERS').split(','),
      topicPrefix,
      clientId: 'assistance',
      groupId: `${topicPrefix}assistance`,
      outboxCollections: OUTBOX_COLLECTIONS,
      produces: PRODUCES,
    };
  },
});

const infrastructure = subgraphInfrastructure({
  service: 'assistance',
  outboxCollections: OUTBOX_COLLECTIONS,
  produces: PRODUCES,
  orphanedTypes: [ChildReference],
  configSchema: assistanceConfigSchema,
}).map((m) => ((m as DynamicModule).module === MessagingModule ? messagingWithPrefixedGroup : m));

@Module({
  imports: [
    ...infrastructure,
    StandardsModule,
    BenefitsModule,
    EligibilityModule,
    PaymentRollsModule,
    IntakeModule,
    ChildAssistanceModule,
  ],
})
export class AppModule {}
