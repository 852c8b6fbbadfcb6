// "Update available": a new version is installed and waits; it takes over only when the user says so.
import { useEffect, useState } from 'preact/hooks';
import { onUpdateAvailable } from '../service-worker-registration';
import type { AppText } from '../app-text';

export function UpdateBanner({ text }: { text: AppText }) {
  const [apply, setApply] = useState<(() => void) | undefined>(undefined);
  useEffect(() => onUpdateAvailable((fn) => setApply(() => fn)), []);
  if (!apply) return null;
  return (
    <div role="status" class="update-banner">
      {text.updateAvailable}{' '}
      <button type="button" onClick={apply}>
        {text.reload}
      </button>
    </div>
  );
}
