import type { EntityManager } from 'typeorm';

/**
 * A request was published, inside the transaction of `manager`: listeners
 * (matching computes its candidate list and tells the best suppliers) work in
 * the same transaction, so a request is never open without them, and their
 * failure undoes the publication.
 */
export class RequestPublished {
  static readonly NAME = 'sourcing-request.published';

  constructor(
    readonly manager: EntityManager,
    readonly requestId: string,
  ) {}
}
