import React from 'react';
import ReactDOM from 'react-dom/client';
import '@/components/pages/shared/base.css';
import '@/components/pages/options/options.css';
import { App } from './app';

ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <App />
  </React.StrictMode>,
);
