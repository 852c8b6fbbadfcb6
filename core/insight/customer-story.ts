// One customer's story: everything done to it in time order, its subscriptions with every quantity change, its
// orders line by line, its GDAP/DAP relationships, and a short summary (the side panel's card). Fed any stream of
// records, it keeps only that customer's, so the app can compute it in the same single scan as the others.
import type { ActivityRecord } from '../record/activity-record';
import { newestRowFirst, type InsightAggregator } from './insight-aggregator';
import { OrderLineAggregator, readOrderLines, type OrderLine } from './order-lines';
import { RelationshipAggregator, type CustomerAccess, type Relationship, type RelationshipOptions } from './relationship-lifecycle';
import { readSeatChanges, SeatChangeAggregator, type SeatTotals, type SubscriptionSeats } from './seat-changes';
import { readRelationshipEvent } from './relationship-lifecycle';

export interface TimelineEntry {
  recordKey: string;
  recordId: string;
  operationDate: string;
  operationType: string;
  resourceType: string;
  actionText: string;
  status: string;
  partnerUser: string;
}

export interface CustomerStory {
  customerId: string;
  customerName: string;
  /** Newest first. */
  timeline: TimelineEntry[];
  subscriptions: SubscriptionSeats[];
  seatTotals: SeatTotals;
  /** Newest first. */
  orders: OrderLine[];
  relationships: Relationship[];
  access: CustomerAccess | undefined;
  /** Records of this customer whose values the readers could not make sense of (they still show in the log). */
  unreadable: number;
}

export class CustomerStoryAggregator implements InsightAggregator<CustomerStory> {
  private readonly timeline: TimelineEntry[] = [];
  private readonly seats = new SeatChangeAggregator();
  private readonly orders = new OrderLineAggregator();
  private readonly relationships: RelationshipAggregator;
  private readonly customerId: string;
  private customerName = '';
  private nameDate = '';
  private unreadable = 0;

  constructor(customerId: string, options: RelationshipOptions = {}) {
    this.customerId = customerId.toLowerCase();
    this.relationships = new RelationshipAggregator(options);
  }

  add(record: ActivityRecord): void {
    if (record.customerId.toLowerCase() !== this.customerId) return;
    if (record.customerName !== '' && record.operationDate >= this.nameDate) {
      this.customerName = record.customerName;
      this.nameDate = record.operationDate;
    }
    this.timeline.push({
      recordKey: record.key,
      recordId: record.id,
      operationDate: record.operationDate,
      operationType: record.operationType,
      resourceType: record.resourceType,
      actionText: record.operationType === '' ? record.actionText : '',
      status: record.operationStatus,
      partnerUser: record.userPrincipalName,
    });
    // One record unreadable to any reader counts once.
    if (readSeatChanges(record).unreadable || readOrderLines(record).unreadable || readRelationshipEvent(record).unreadable) this.unreadable++;
    this.seats.add(record);
    this.orders.add(record);
    this.relationships.add(record);
  }

  result(): CustomerStory {
    const seats = this.seats.result();
    const relationships = this.relationships.result();
    return {
      customerId: this.customerId,
      customerName: this.customerName,
      timeline: [...this.timeline].sort(newestRowFirst),
      subscriptions: seats.subscriptions,
      seatTotals: seats.totals,
      orders: this.orders.result().lines,
      relationships: relationships.relationships,
      access: relationships.customers[0],
      unreadable: this.unreadable,
    };
  }
}

/** The side panel's card: the last order, seat changes, GDAP status and the last activity, in a few facts. */
export interface CustomerSummary {
  customerId: string;
  customerName: string;
  lastOrder?: { operationDate: string; orderId: string; products: string[]; quantity: number; status: string };
  seatChanges: SeatTotals;
  gdap: CustomerAccess['gdap'];
  dap: CustomerAccess['dap'];
  lastActivity?: TimelineEntry;
  records: number;
}

export function customerSummary(story: CustomerStory): CustomerSummary {
  const summary: CustomerSummary = {
    customerId: story.customerId,
    customerName: story.customerName,
    seatChanges: story.seatTotals,
    gdap: story.access?.gdap ?? 'none',
    dap: story.access?.dap ?? 'none',
    records: story.timeline.length,
  };
  const newest = story.orders[0];
  if (newest) {
    const lines = story.orders.filter((l) => l.recordKey === newest.recordKey);
    summary.lastOrder = {
      operationDate: newest.operationDate,
      orderId: newest.orderId,
      products: lines.map((l) => l.product),
      quantity: lines.reduce((sum, l) => sum + (l.quantity ?? 0), 0),
      status: newest.status,
    };
  }
  if (story.timeline[0]) summary.lastActivity = story.timeline[0];
  return summary;
}
