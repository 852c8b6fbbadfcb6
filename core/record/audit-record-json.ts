// The Partner Center API's audit-record contract (SPEC §2) as it travels on the wire: the sample server
// sends it, the generator produces it, the normalisers read it (camelCase here; PascalCase also accepted on read).

export interface AuditRecordJson {
  id: string;
  partnerId: string;
  customerId: string;
  customerName: string;
  userPrincipalName: string;
  applicationId: string;
  resourceType: string;
  /** JSON strings; may be empty or not JSON. */
  resourceOldValue: string;
  resourceNewValue: string;
  operationType: string;
  originalCorrelationId: string;
  /** UTC ISO 8601. */
  operationDate: string;
  operationStatus: string;
  customizedData: { key: string; value: string }[];
  attributes: { objectType: string } & Record<string, string>;
}

/** One page of GET /v1/auditrecords. */
export interface AuditRecordPageJson {
  totalCount: number;
  items: AuditRecordJson[];
  links: {
    self?: { uri: string; method: string; headers: { key: string; value: string }[] };
    next?: { uri: string; method: string; headers: { key: string; value: string }[] };
  };
  attributes: { objectType: 'Collection' };
}

/** Partner Center's error body. */
export interface PartnerCenterErrorJson {
  code: number;
  description: string;
  data: unknown[];
  source: string;
}
