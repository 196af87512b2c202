import { Plugin } from '@nestjs/apollo';
import { Inject, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { AccessRecordedV2, createEvent, MAX_CHILDREN_PER_ACCESS_RECORD, type Producer } from '@qz/contracts';
import { outboxForInsert, outgoing } from '@qz/messaging';
import { OutboxNotifierService } from '@qz/messaging/nest';
import type { Identity } from '@qz/identity';
import { GraphQLError } from 'graphql';
import type { Model } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import type { AccessLedger } from './access-ledger';
import { AccessRecordDocument } from './access-record.schema';
import type { RequestWithIdentity } from './gateway-identity.middleware';

export const ACCESS_SERVICE = Symbol('ACCESS_SERVICE');

interface AccessContext {
  req?: RequestWithIdentity;
  access?: AccessLedger;
}

type Entry = { childId: string; action: 'READ' | 'CHANGE'; fields: string[] };

/**
 * Writes what a request read and changed to the access log before its response leaves: one record
 * per action (a read of a page of children is one record naming every child and its fields), each
 * carrying its AccessRecorded event in its outbox, in one store command. When the record cannot be
 * written, the data is withheld: the response becomes an AUDIT_UNAVAILABLE error.
 */
@Plugin()
export class AccessLogPlugin implements ApolloServerPlugin<AccessContext> {
  private readonly logger = new Logger('AccessLog');

  constructor(
    @InjectModel(AccessRecordDocument.name) private readonly records: Model<AccessRecordDocument>,
    @Inject(ACCESS_SERVICE) private readonly service: Producer,
    private readonly notifier: OutboxNotifierService,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<AccessContext>> {
    return {
      willSendResponse: async ({ contextValue, response, request }) => {
        const ledger = contextValue.access;
        const identity = contextValue.req?.identity;
        if (!ledger || !identity) return;
        const entries = ledger.drain();
        if (!entries.length) return;
        try {
          await this.write(
            identity,
            entries,
            [...ledger.operations].join(',') || request.operationName || 'unnamed',
          );
        } catch (err) {
          this.logger.error({ err }, 'access records could not be written; the response is withheld');
          if (response.body.kind === 'single') {
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [
              new GraphQLError(
                'The access log could not be written, so nothing is shown; try again shortly.',
                { extensions: { code: 'AUDIT_UNAVAILABLE' } },
              ).toJSON(),
            ];
          }
        }
      },
    };
  }

  private async write(identity: Identity, entries: Entry[], operation: string): Promise<void> {
    const requestId = uuidv7();
    const at = new Date();
    const docs = recordsOf(entries).map(({ action, children }) => {
      const event = createEvent(AccessRecordedV2[this.service], {
        subject: requestId,
        regionCode: null,
        actor: { kind: 'user', id: identity.userId, department: identity.department },
        correlationId: requestId,
        payload: {
          action,
          children,
          operation: operation.slice(0, 120),
          service: this.service,
          user: {
            userId: identity.userId,
            ...(identity.name ? { name: identity.name } : {}),
            department: identity.department,
            roles: identity.roles,
            regionCode: identity.regionCode,
          },
          purpose: identity.purpose ?? null,
          requestId,
          at: at.toISOString(),
        },
      });
      // The record says what it records once its event is published too (the outbox is emptied).
      return {
        _id: event.id,
        childIds: children.map((c) => c.childId),
        action,
        children,
        operation: event.payload.operation,
        userId: identity.userId,
        purpose: identity.purpose ?? null,
        at,
        ...outboxForInsert([outgoing(AccessRecordedV2[this.service].topic, event)]),
      };
    });
    await this.records.collection.insertMany(docs as never[], { ordered: true });
    this.notifier.notify();
  }
}

/** One record per action, each naming its children (split only past the most a record holds). */
function recordsOf(entries: Entry[]) {
  const records: { action: Entry['action']; children: { childId: string; fields: string[] }[] }[] = [];
  for (const action of ['READ', 'CHANGE'] as const) {
    const children = entries
      .filter((e) => e.action === action)
      .map(({ childId, fields }) => ({ childId, fields }));
    for (let i = 0; i < children.length; i += MAX_CHILDREN_PER_ACCESS_RECORD)
      records.push({ action, children: children.slice(i, i + MAX_CHILDREN_PER_ACCESS_RECORD) });
  }
  return records;
}
