import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { AccessLedger } from './access-ledger';
import { AccessRecordWriter } from './access-record.writer';
import type { RequestWithIdentity } from './gateway-identity.middleware';

interface AccessContext {
  req?: RequestWithIdentity;
  access?: AccessLedger;
}

/**
 * Writes what a request read and changed to the access log before its response leaves: one record
 * per action (a read of a page of children is one record naming every child and its fields), each
 * carrying its AccessRecorded event in its outbox, in one store command. When the record cannot be
 * written, the data is withheld: the response becomes an AUDIT_UNAVAILABLE error. A change was
 * reserved before it ran (AccessScopeInterceptor): its pending record stays as its trace then.
 */
@Plugin()
export class AccessLogPlugin implements ApolloServerPlugin<AccessContext> {
  private readonly logger = new Logger('AccessLog');

  constructor(private readonly writer: AccessRecordWriter) {}

  async requestDidStart(): Promise<GraphQLRequestListener<AccessContext>> {
    return {
      willSendResponse: async ({ contextValue, response, request }) => {
        const ledger = contextValue.access;
        const identity = contextValue.req?.identity;
        if (!ledger || !identity) return;
        const entries = ledger.drain();
        const pendingId = ledger.pendingChange;
        if (!entries.length) {
          if (pendingId) await this.writer.release(pendingId);
          return;
        }
        try {
          const operation = [...ledger.operations].join(',') || request.operationName || 'unnamed';
          await this.writer.write(identity, entries, operation, pendingId);
        } catch (err) {
          this.logger.error({ err }, 'access records could not be written; the response is withheld');
          if (response.body.kind === 'single') {
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [
              new GraphQLError(
                pendingId && entries.some((e) => e.action === 'CHANGE')
                  ? 'The change was made and its reserved access record kept, but the full record could not be written, so nothing is shown; do not repeat the change, reload.'
                  : 'The access log could not be written, so nothing is shown; try again shortly.',
                { extensions: { code: 'AUDIT_UNAVAILABLE' } },
              ).toJSON(),
            ];
          }
        }
      },
    };
  }
}
