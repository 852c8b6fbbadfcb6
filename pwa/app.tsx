// The app's one screen: archive status, getting records in, the filtered list, and export.
export function App() {
  return (
    <main>
      <h1>Activity Lens</h1>
    </main>
  );
}
