import type { GraphQLDataSource } from '@apollo/gateway';

/** A subgraph's answer as Apollo Gateway takes it from a data source. */
export type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** One subgraph call, as Apollo's data source writes its body: `{ query, variables, … }`. */
export interface SubgraphCall {
  query: string;
  variables?: Record<string, unknown> | undefined;
  operationName?: string | undefined;
  extensions?: Record<string, unknown> | undefined;
}

/** A subgraph's HTTP answer, parsed: a JSON body (an array for a batch) and the response it came in. */
export interface SubgraphAnswer {
  body: unknown;
  http: NonNullable<GatewayGraphQLResponse['http']>;
}

interface Waiting {
  call: SubgraphCall;
  resolve: (response: GatewayGraphQLResponse) => void;
  reject: (error: unknown) => void;
}

/** A query (`query …` or `{ … }`): only those go in a batch, never a mutation. */
const queryText = /^\s*(?:query\b|\{)/;

/**
 * The queries one operation sends to one subgraph at the same moment, sent as one HTTP request:
 * a batch, a JSON array of operations that the subgraph's Apollo Server answers with an array
 * (`allowBatchedHttpRequests`). The register pull reaches persons by two paths, from units and
 * from elected bodies, and Apollo Gateway's query plan asks the interests subgraph for both
 * lists' declarations at once, in two calls. As one batch they are one request and one token
 * check, and the subgraph runs both operations with one context: their loaders read the
 * declarations of both lists in the same statements.
 *
 * Calls are gathered per operation (its context object) until the promises of the current turn
 * have settled; a call alone is sent alone. A batch whose answer is not one (an HTTP error, a
 * subgraph that takes no batches) is sent again call by call, so each call gets the answer it
 * would have had alone; a batch that could not be sent at all fails each of its calls.
 */
export class SubgraphBatches {
  private readonly gathering = new WeakMap<object, Waiting[]>();

  constructor(
    /** Sends one body (a call, or a batch's array) with the operation's headers. */
    private readonly send: (body: string, context: object) => Promise<SubgraphAnswer>,
    /** Turns one call's answer into Apollo's response; throws for an answer that is no GraphQL response. */
    private readonly answerOf: (answer: SubgraphAnswer) => GatewayGraphQLResponse,
  ) {}

  call(call: SubgraphCall, context: object): Promise<GatewayGraphQLResponse> {
    if (!queryText.test(call.query)) return this.alone(call, context);
    const batch = this.gathering.get(context) ?? this.gather(context);
    return new Promise((resolve, reject) => batch.push({ call, resolve, reject }));
  }

  /**
   * A new batch for the operation, sent once the current turn's promises have settled: the
   * other branches of a parallel plan step have made their calls by then.
   */
  private gather(context: object): Waiting[] {
    const batch: Waiting[] = [];
    this.gathering.set(context, batch);
    process.nextTick(() => {
      this.gathering.delete(context);
      void this.flush(batch, context);
    });
    return batch;
  }

  private async alone(call: SubgraphCall, context: object): Promise<GatewayGraphQLResponse> {
    return this.answerOf(await this.send(JSON.stringify(call), context));
  }

  private eachAlone(batch: Waiting[], context: object): void {
    for (const { call, resolve, reject } of batch) this.alone(call, context).then(resolve, reject);
  }

  private async flush(batch: Waiting[], context: object): Promise<void> {
    if (batch.length === 1) return this.eachAlone(batch, context);
    let answer: SubgraphAnswer;
    try {
      answer = await this.send(`[${batch.map(({ call }) => JSON.stringify(call)).join(',')}]`, context);
    } catch (error) {
      // An HTTP error may be one call's (a variable the subgraph refuses): each alone tells.
      if (isHttpError(error)) this.eachAlone(batch, context);
      else for (const { reject } of batch) reject(error);
      return;
    }
    const { body, http } = answer;
    if (!Array.isArray(body) || body.length !== batch.length) return this.eachAlone(batch, context);
    batch.forEach(({ resolve, reject }, i) => {
      try {
        resolve(this.answerOf({ body: body[i], http }));
      } catch (error) {
        reject(error);
      }
    });
  }
}

/** An error made from a subgraph's HTTP answer (it has the response), not a failure to reach it. */
const isHttpError = (error: unknown) =>
  typeof (error as { extensions?: { response?: unknown } } | null)?.extensions?.response === 'object' ||
  (error as { extensions?: { http?: unknown } } | null)?.extensions?.http !== undefined;
