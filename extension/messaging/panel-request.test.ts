import { describe, expect, it } from 'vitest';
import { panelRequestFrom } from './panel-request';

describe('requests from the dashboard to the side panel', () => {
  it('keeps a customer id (lower case) and the name the dashboard showed', () => {
    expect(panelRequestFrom({ customerId: '3C1F6A2B-4D5E-4F60-8A9B-0C1D2E3F4A5B', customerName: ' Contoso ', at: 5 })).toEqual({
      customerId: '3c1f6a2b-4d5e-4f60-8a9b-0c1d2e3f4a5b',
      customerName: 'Contoso',
      at: 5,
    });
  });

  it('puts a reversed period in order and drops what is not a day', () => {
    expect(panelRequestFrom({ from: '2026-11-20', to: '2026-11-02', at: 1 })).toEqual({ from: '2026-11-02', to: '2026-11-20', at: 1 });
    expect(panelRequestFrom({ from: '20/11/2026', customerId: 'javascript:alert(1)', at: 1 })).toBeUndefined();
    expect(panelRequestFrom(null)).toBeUndefined();
  });

  it('keeps the record an alert asked to open, with its day, and nothing oversized', () => {
    expect(panelRequestFrom({ from: '2026-11-30', to: '2026-11-30', recordKey: 'id:abc', at: 2 })).toEqual({ from: '2026-11-30', to: '2026-11-30', recordKey: 'id:abc', at: 2 });
    expect(panelRequestFrom({ from: '2026-11-30', to: '2026-11-30', recordKey: 'x'.repeat(301), at: 2 })).toEqual({ from: '2026-11-30', to: '2026-11-30', at: 2 });
  });
});
