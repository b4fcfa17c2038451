/** The settings page: one section per concern, a table of contents on the side. */
import { useState } from 'react';
import { useSettings } from '@/lib/hooks/use-settings';
import { ContactsSection } from './contacts-section';
import { DataSection } from './data-section';
import { NormsSection } from './norms-section';
import { PlaybookSection } from './playbook-section';
import { RulesSection } from './rules-section';
import { SegmentsSection } from './segments-section';
import { SupportSection } from './support-section';

const SECTIONS = [
  ['playbook', 'Stage playbook'],
  ['support', 'Support & handoff'],
  ['segments', 'Audience segments'],
  ['contacts', 'Known contacts'],
  ['norms', 'Platform norms'],
  ['rules', 'Checks & history'],
  ['data', 'Your data'],
] as const;

export function OptionsApp() {
  const settings = useSettings();
  // Sections keep their own form state; they start afresh when an import or wipe replaced the settings.
  const [version, setVersion] = useState(0);
  return (
    <div className="options">
      <header className="options-header">
        <h1>Postwise settings</h1>
        <p className="muted">Stored in this browser only.</p>
      </header>
      <div className="options-body">
        <nav aria-label="Settings sections" className="toc">
          <ul>
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main className="options-main">
          {settings.isPending && <p className="muted">Loading settings…</p>}
          {settings.isError && <p className="error-text">Could not load settings: {settings.error.message}</p>}
          {settings.data && (
            <>
              <PlaybookSection key={`pb-${version}`} settings={settings.data} />
              <SupportSection key={`su-${version}`} settings={settings.data} />
              <SegmentsSection />
              <ContactsSection />
              <NormsSection key={`no-${version}`} settings={settings.data} />
              <RulesSection key={`ru-${version}`} settings={settings.data} />
              <DataSection onReplaced={() => setVersion((v) => v + 1)} />
            </>
          )}
        </main>
      </div>
    </div>
  );
}
