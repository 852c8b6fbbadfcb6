// Every way a Partner Center call can fail, as a value: a machine-readable kind plus a sentence for the user.

export type PartnerCenterErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'bad-request'
  | 'throttled'
  | 'server'
  | 'network'
  | 'cancelled'
  | 'protocol';

/** Roles that may read the activity log (SPEC §1); a 403 names them. */
export const ACTIVITY_LOG_ROLES = [
  'Global admin',
  'Billing admin',
  'User management admin',
  'Admin agent',
  'Sales agent',
  'Helpdesk agent',
] as const;

export class PartnerCenterError extends Error {
  readonly kind: PartnerCenterErrorKind;
  readonly status?: number;
  readonly userMessage: string;

  constructor(kind: PartnerCenterErrorKind, userMessage: string, status?: number) {
    super(userMessage);
    this.name = 'PartnerCenterError';
    this.kind = kind;
    this.status = status;
    this.userMessage = userMessage;
  }
}

export function forbiddenError(): PartnerCenterError {
  return new PartnerCenterError(
    'forbidden',
    `Your account cannot read the activity log. Ask for one of these Partner Center roles: ${ACTIVITY_LOG_ROLES.join(', ')}.`,
    403,
  );
}
