import { render } from 'preact';
import { initTheme } from '../shared/theme-toggle.js';
import { StatusApp } from './components/status-app.js';
import '../shared/base.css';
import './status.css';

initTheme();
const root = document.getElementById('app');
if (root) render(<StatusApp />, root);
