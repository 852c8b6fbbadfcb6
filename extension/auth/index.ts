// The extension's sign-in, in one import: `import { getAccessToken } from '../auth'`.
export { EXPIRY_MARGIN_MS, getAccessToken, getSignInState, redirectUri, signIn, signOut, SAMPLE_ACCESS_TOKEN, type SignInState } from './entra-sign-in';
export { NotSignedInError, SignInError, type SignInErrorKind } from './sign-in-error';
