import { UserFacingError, userError } from '@registers/graphql-kit';
import type { Context } from '../../context.ts';
import type { Resolvers } from '../../generated/resolvers.ts';
import { SIGN_IN_LINK_REQUESTS_PER_HOUR } from './service.ts';

const noticesOf = (context: Context) => {
  if (!context.notices) throw new UserFacingError('UNAVAILABLE', 'Notices are not available here.');
  return context.notices;
};

export const noticeResolvers: Resolvers = {
  Query: {
    signInLinkHolder: async (_parent, { tokenHash }, context) =>
      await noticesOf(context).signInLinkHolder(context.identity, tokenHash),
  },
  Mutation: {
    requestSignInLink: (_parent, { input }, context) =>
      noticesOf(context).requestSignInLink(input.email) === 'accepted'
        ? { accepted: true, userErrors: [] }
        : {
            accepted: false,
            userErrors: [
              userError(
                'RATE_LIMITED',
                'email',
                `At most ${SIGN_IN_LINK_REQUESTS_PER_HOUR} links an hour are sent for one address; try again later.`,
              ),
            ],
          },
    sendNotices: async (_parent, { input }, context) => {
      const result = await noticesOf(context).sendManualNotices(
        context.identity,
        input.personIds,
        input.idempotencyKey ?? null,
      );
      return 'userErrors' in result ? { queued: 0, ...result } : { ...result, userErrors: [] };
    },
  },
};
