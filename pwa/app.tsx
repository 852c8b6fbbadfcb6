// The app's one screen (full version in activity-lens-app.tsx, wired in once core excel-csv-writer/json-writer/export-file-name/csv-cell land).
export function App() {
  return (
    <main>
      <h1>Activity Lens</h1>
    </main>
  );
}
