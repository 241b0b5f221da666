// The edit API's conditional requests: a read answers the record with its ETag, and a write
// names the ETag it was based on in If-Match, so a change made meanwhile by someone else is
// answered 412 instead of being overwritten. Kept apart from api.js, whose helpers answer the
// body only.

import { ApiError, csrfToken, query } from './api.js';

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  let body = null;
  if (response.status !== 204 && type.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = null;
    }
  }
  if (!response.ok) {
    if (response.status === 401) window.location.assign('/login');
    throw new ApiError(response.status, body);
  }
  return { body, etag: response.headers.get('ETag'), status: response.status };
}

/** Reads one record: { body, etag }. */
export async function readVersioned(path) {
  const response = await fetch(path, {
    credentials: 'same-origin',
    cache: 'no-store',
    headers: { Accept: 'application/json, application/problem+json' },
  });
  return answer(response);
}

/**
 * Writes: method, path, and optionally the JSON body, the ETag the change is based on, and query
 * parameters. Answers { body, etag, status }; an error is an ApiError with the problem details.
 */
export async function write(method, path, { body, ifMatch, params } = {}) {
  const token = await csrfToken();
  const headers = {
    Accept: 'application/json, application/problem+json',
    'X-XSRF-TOKEN': token || '',
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  const response = await fetch(path + query(params), {
    method,
    credentials: 'same-origin',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return answer(response);
}
