/** Where the public API lives. */
export const API_PREFIX = '/api/v1';
