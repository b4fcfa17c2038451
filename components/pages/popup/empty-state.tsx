/** What a new user sees first: what Postwise does and the three things to do. */
export function EmptyState({ onOpenSettings }: { onOpenSettings: () => void }) {
  return (
    <section className="card empty" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome! Nothing to coach yet</h2>
      <p>Postwise learns from what you write. Start here:</p>
      <ol className="steps">
        <li>
          <strong>Write a post or reply</strong> on X, Facebook, LinkedIn or Instagram. Postwise checks it beside the composer as you type.
        </li>
        <li>
          <strong>Add your support email or DM handle</strong> and your stage playbook, so fixes use your own words.{' '}
          <button type="button" className="link" onClick={onOpenSettings}>
            Open settings
          </button>
        </li>
        <li>
          <strong>Import past posts</strong> (CSV, in settings) to see your 80/20 balance right away.
        </li>
      </ol>
      <p className="small muted">Or try a draft in the box below.</p>
    </section>
  );
}
