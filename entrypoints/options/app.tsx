import { OptionsApp } from '@/components/pages/options/options-app';
import { PageRoot } from '@/components/pages/shared/page-root';

export function App() {
  return (
    <PageRoot>
      <OptionsApp />
    </PageRoot>
  );
}
