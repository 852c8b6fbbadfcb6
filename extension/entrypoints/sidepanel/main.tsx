// The side panel page: mounts the panel into #app.
import { render } from 'preact';

render(<main><h1>Activity Lens</h1></main>, document.getElementById('app')!);
