// The benches' page: the app exactly as pwa/main.tsx mounts it, plus the measurement hooks (window.__lensBench)
// when opened with ?bench. Built on its own (vite.config.ts here, into dist/pwa-bench), so the app users get
// carries no bench code; browsing without ?bench is the app alone, as the heap bench needs.
import '../../pwa/main';

if (new URLSearchParams(location.search).has('bench')) void import('./bench-hooks');
