// The studio's one way to the service: the public GraphQL API, with the editor's token,
// running the studio's own documents (graphql/operations/studio/ in the repository).

import { token } from './auth.js';

let operations = {};
let graphQlPath = '/graphql';

export function configure(config, documents) {
  graphQlPath = config.graphQlPath;
  operations = documents;
}

/** A GraphQL error answer, with the first error's code and all of them. */
export class ApiError extends Error {
  constructor(errors, data, status) {
    super(errors.map((error) => error.message).join(' '));
    this.errors = errors;
    this.data = data;
    this.status = status;
    this.code = errors[0]?.extensions?.code || (status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_ERROR');
    this.extensions = errors[0]?.extensions || {};
  }

  /** The violations of a BAD_USER_INPUT answer, across its errors. */
  get violations() {
    return this.errors.flatMap((error) => error.extensions?.violations || []);
  }
}

/** Runs a studio operation by name; answers its data or throws an ApiError. */
export async function run(name, variables = {}) {
  const document = operations[name];
  if (!document) {
    throw new Error(`No studio operation ${name}`);
  }
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  const bearer = token();
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  let response;
  try {
    response = await fetch(graphQlPath, {
      method: 'POST', headers, body: JSON.stringify({ query: document, operationName: name, variables }),
    });
  }
  catch (networkFailure) {
    throw new ApiError([{ message: networkFailure.message, extensions: { code: 'NETWORK' } }], null, 0);
  }
  const answer = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
  if (answer.errors?.length) {
    throw new ApiError(answer.errors, answer.data, response.status);
  }
  if (!response.ok) {
    throw new ApiError([{ message: `HTTP ${response.status}` }], null, response.status);
  }
  return answer.data;
}
