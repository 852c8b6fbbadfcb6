// The browser's own download, as the dashboard's Export log does it: no dialog, the file lands in the downloads folder
// under its name. The side panel and the app both save this way (one anchor trick, not two).
export function saveWithDownloadLink(doc: Document, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download holds its own reference by now; keep the URL a while for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
