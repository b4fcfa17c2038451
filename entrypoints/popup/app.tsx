import { PopupApp } from '@/components/pages/popup/popup-app';
import { PageRoot } from '@/components/pages/shared/page-root';

export function App() {
  return (
    <PageRoot>
      <PopupApp />
    </PageRoot>
  );
}
