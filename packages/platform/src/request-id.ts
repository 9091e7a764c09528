/**
 * The header that carries a request's id, through every service's log. A module of its own, so
 * that the gateway's worker threads need not load the HTTP server to name it.
 */
export const REQUEST_ID_HEADER = 'x-request-id';
