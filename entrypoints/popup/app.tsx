import { QuickCheck } from '@/components/quick-check';

export function App() {
  return (
    <main className="popup">
      <header>
        <h1>Postwise</h1>
        <p className="lead">Your writing coach beside the composers of X, Facebook, LinkedIn and Instagram. Nothing leaves your browser.</p>
      </header>
      <QuickCheck />
    </main>
  );
}
