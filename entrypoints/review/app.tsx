import { ReviewApp } from '@/components/pages/review/review-app';
import { PageRoot } from '@/components/pages/shared/page-root';

export function App() {
  return (
    <PageRoot>
      <ReviewApp />
    </PageRoot>
  );
}
