// Calls to the PartnerGraph API. The session cookie signs the requests in; writes carry the CSRF
// token that Spring Security keeps in the cookie XSRF-TOKEN, in the header X-XSRF-TOKEN.

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `The server answered ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

function cookie(name) {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** The CSRF token; asks the server to issue one when the cookie is not set yet. */
export async function csrfToken() {
  let token = cookie('XSRF-TOKEN');
  if (!token) {
    await fetch('/explorer/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    token = cookie('XSRF-TOKEN');
  }
  return token;
}

export function query(params = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      return null;
    }
  }
  return null;
}

function signedOut(status) {
  if (status === 401) {
    // The session has ended: sign in again and come back.
    window.location.assign('/login');
  }
}

export async function getJson(path, params) {
  const response = await fetch(path + query(params), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json' },
  });
  if (!response.ok) {
    signedOut(response.status);
    throw new ApiError(response.status, await problemOf(response));
  }
  return response.json();
}

export async function sendJson(method, path, body) {
  const token = await csrfToken();
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json, application/problem+json',
      'Content-Type': 'application/json',
      'X-XSRF-TOKEN': token || '',
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    signedOut(response.status);
    throw new ApiError(response.status, await problemOf(response));
  }
  return response.status === 204 ? null : response.json();
}

/**
 * Sends a multipart form with upload progress (fraction 0..1, then null while the server works).
 * Resolves with the JSON answer; rejects with an ApiError that carries the problem details.
 */
export async function upload(path, formData, onProgress) {
  const token = await csrfToken();
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    request.setRequestHeader('X-XSRF-TOKEN', token || '');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    });
    request.upload.addEventListener('load', () => onProgress && onProgress(null));
    request.addEventListener('load', () => {
      let body = null;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300) resolve(body);
      else {
        signedOut(request.status);
        reject(new ApiError(request.status, body));
      }
    });
    request.addEventListener('error', () => reject(new ApiError(0, { detail: 'The upload failed: no answer from the server' })));
    request.send(formData);
  });
}

export async function signOut() {
  const token = await csrfToken();
  await fetch('/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': token || '' } });
  window.location.assign('/login?logout');
}
