// Every way a Partner Center call can fail, as a value: a machine-readable kind plus a sentence for the user.
import { ACTIVITY_LOG_ROLES } from '../words/log-text';

export type PartnerCenterErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'bad-request'
  | 'throttled'
  | 'server'
  | 'network'
  | 'cancelled'
  | 'protocol';


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
    `Your account cannot read the activity log. Ask for one of these Partner Center roles: ${ACTIVITY_LOG_ROLES.en.join(', ')}.`,
    403,
  );
}
