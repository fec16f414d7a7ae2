import { render } from 'preact';
import { initTheme } from '../shared/theme-toggle.js';
import { ChatStore } from './chat-store.js';
import { App } from './components/app.js';
import '../shared/base.css';
import './chat.css';
import './markdown/markdown.css';

initTheme();
const store = new ChatStore();
const root = document.getElementById('app');
if (root) {
  render(<App store={store} />, root);
  void store.load();
}
