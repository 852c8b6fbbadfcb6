// Where the built-in sample Partner Center server listens unless told otherwise, and the token it is sent: defined
// once here so the extension's settings, the app, `npm start` and the sample server itself cannot drift apart.

/** The sample server's port when nothing else is asked for (tests start it on a free port instead). */
export const SAMPLE_SERVER_PORT = 7171;

/** The sample server's address when nothing else is asked for: loopback only. */
export const DEFAULT_SAMPLE_SERVER_URL = `http://127.0.0.1:${SAMPLE_SERVER_PORT}`;

/** The sample server accepts any bearer token; this one says what it is. It is not a secret. */
export const SAMPLE_SERVER_TOKEN = 'sample';
