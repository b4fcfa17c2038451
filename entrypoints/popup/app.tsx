export function App() {
  return (
    <main className="popup">
      <h1>Postwise</h1>
      <p>Your writing coach sits beside the composers of X, Facebook, LinkedIn and Instagram.</p>
    </main>
  );
}
