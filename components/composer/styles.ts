/**
 * The badge's and card's styles, injected into each shadow root (so neither the site's CSS nor
 * ours leaks). Each site gets its own font, accent and corner radius so the badge looks at home
 * next to its composer.
 */
export const COMPOSER_CSS = /* css */ `
:host { display: block !important; margin: 0 !important; padding: 0 !important; }
.pw-root {
  --pw-font: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  --pw-text: #1f2328; --pw-muted: #59636e; --pw-line: #d1d9e0; --pw-bg: #ffffff; --pw-soft: #f6f8fa;
  --pw-accent: #0969da; --pw-radius: 10px; --pw-pill: 999px;
  --pw-fix: #cf222e; --pw-warn: #bf8700; --pw-info: #0969da; --pw-ok: #1a7f37; --pw-off: #8c959f;
  font: 400 13px/1.4 var(--pw-font); color: var(--pw-text);
  display: flex; flex-direction: column; align-items: flex-start; gap: 6px; padding: 6px 0 4px;
  box-sizing: border-box; max-width: 100%; text-align: left;
  /* A selection inside the closed root is readable by the page (getSelection().toString()). */
  -webkit-user-select: none; user-select: none;
}
.pw-root[data-site="x"] { --pw-font: "TwitterChirp", -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; --pw-text: #0f1419; --pw-muted: #536471; --pw-line: #cfd9de; --pw-soft: #f7f9f9; --pw-accent: #1d9bf0; --pw-radius: 16px; }
.pw-root[data-site="facebook"] { --pw-font: "Segoe UI Historic", "Segoe UI", Helvetica, Arial, sans-serif; --pw-text: #050505; --pw-muted: #65676b; --pw-line: #ced0d4; --pw-soft: #f0f2f5; --pw-accent: #0866ff; --pw-radius: 8px; --pw-pill: 6px; }
.pw-root[data-site="linkedin"] { --pw-font: -apple-system, system-ui, "Segoe UI", Roboto, "Helvetica Neue", "Fira Sans", Ubuntu, Oxygen, "Oxygen Sans", Cantarell, "Droid Sans", "Apple Color Emoji", "Segoe UI Emoji", sans-serif; --pw-text: rgba(0,0,0,.9); --pw-muted: rgba(0,0,0,.6); --pw-line: #e0dfdc; --pw-soft: #f4f2ee; --pw-accent: #0a66c2; --pw-radius: 8px; }
.pw-root[data-site="instagram"] { --pw-font: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; --pw-text: #000; --pw-muted: #737373; --pw-line: #dbdbdb; --pw-soft: #fafafa; --pw-accent: #0095f6; --pw-radius: 12px; }
.pw-root[data-kind="comment"], .pw-root[data-kind="reply"] { padding-top: 4px; }
/* Instagram's comment form has its own side padding; the badge lines up with the text. */
.pw-root[data-site="instagram"][data-kind="comment"] { padding-left: 16px; padding-right: 16px; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, summary:focus-visible { outline: 2px solid var(--pw-accent); outline-offset: 2px; }
.pw-bar { display: flex; align-items: center; gap: 8px; }
.pw-badge {
  display: inline-flex; align-items: center; gap: 6px; height: 24px; padding: 0 10px; box-sizing: border-box;
  border: 1px solid var(--pw-line); border-radius: var(--pw-pill); background: var(--pw-bg);
  font: 600 12px/1 var(--pw-font); color: var(--pw-text); white-space: nowrap;
}
.pw-badge:hover { background: var(--pw-soft); }
.pw-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--pw-off); flex: none; }
.pw-count { font-variant-numeric: tabular-nums; }
.pw-badge[data-tone="fix"] { border-color: var(--pw-fix); color: var(--pw-fix); } .pw-badge[data-tone="fix"] .pw-dot { background: var(--pw-fix); }
.pw-badge[data-tone="warn"] { border-color: var(--pw-warn); color: #7d4e00; } .pw-badge[data-tone="warn"] .pw-dot { background: var(--pw-warn); }
.pw-badge[data-tone="info"] { border-color: var(--pw-info); color: var(--pw-info); } .pw-badge[data-tone="info"] .pw-dot { background: var(--pw-info); }
.pw-badge[data-tone="ok"] { color: var(--pw-ok); } .pw-badge[data-tone="ok"] .pw-dot { background: var(--pw-ok); }
.pw-badge[data-tone="idle"] { color: var(--pw-muted); font-weight: 500; } .pw-badge[data-tone="idle"] .pw-dot { background: var(--pw-line); }
.pw-badge[data-tone="off"] { color: var(--pw-muted); font-weight: 500; border-style: dashed; }
.pw-card {
  box-sizing: border-box; width: min(520px, 100%); max-height: 360px; overflow: auto;
  border: 1px solid var(--pw-line); border-radius: var(--pw-radius); background: var(--pw-bg);
  box-shadow: 0 4px 14px rgba(0,0,0,.08); padding: 10px 12px;
}
.pw-card-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; font-size: 14px; }
.pw-close { border: 0; background: none; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 50%; color: var(--pw-muted); }
.pw-close:hover { background: var(--pw-soft); }
.pw-stage { margin: 8px 0 4px; color: var(--pw-muted); font-size: 12px; }
.pw-stages { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.pw-chip { border: 1px solid var(--pw-line); background: var(--pw-bg); border-radius: var(--pw-pill); padding: 2px 8px; font-size: 12px; color: var(--pw-text); }
.pw-chip[aria-pressed="true"] { background: var(--pw-accent); border-color: var(--pw-accent); color: #fff; font-weight: 600; }
.pw-notice { margin: 6px 0; padding: 6px 8px; border-radius: 6px; background: var(--pw-soft); color: var(--pw-muted); }
.pw-group-title { margin: 10px 0 4px; font-size: 11px; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; color: var(--pw-muted); }
.pw-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.pw-finding { border-top: 1px solid var(--pw-line); padding-top: 8px; }
.pw-group .pw-finding:first-child { border-top: 0; padding-top: 0; }
.pw-message { margin: 0; display: flex; gap: 6px; align-items: baseline; }
.pw-sev { width: 8px; height: 8px; border-radius: 50%; flex: none; transform: translateY(-1px); background: var(--pw-info); }
.pw-sev[data-severity="fix"] { background: var(--pw-fix); } .pw-sev[data-severity="warn"] { background: var(--pw-warn); }
.pw-spans { margin: 4px 0 0 14px; display: flex; flex-wrap: wrap; gap: 4px; }
.pw-span { background: #fff8c5; color: var(--pw-text); border-radius: 4px; padding: 0 4px; font-size: 12px; }
.pw-why { margin: 4px 0 0 14px; color: var(--pw-muted); font-size: 12px; }
.pw-why summary { cursor: pointer; width: max-content; }
.pw-why p { margin: 4px 0 0; }
.pw-actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0 0 14px; }
.pw-fix { border: 0; background: var(--pw-accent); color: #fff; border-radius: var(--pw-pill); padding: 4px 12px; font-weight: 600; font-size: 12px; }
.pw-fix:disabled { opacity: .6; cursor: default; }
.pw-dismiss { border: 1px solid var(--pw-line); background: var(--pw-bg); color: var(--pw-muted); border-radius: var(--pw-pill); padding: 3px 10px; font-size: 12px; }
.pw-restore { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 6px 10px; border: 1px solid var(--pw-line); border-radius: var(--pw-radius); background: var(--pw-soft); }
.pw-note { margin: 6px 0; color: var(--pw-muted); font-size: 12px; }
.pw-adapt { margin: 8px 0; } .pw-adapt-open { border: 1px solid var(--pw-line); border-radius: var(--pw-radius); padding: 8px; background: var(--pw-soft); }
.pw-adapt-title { margin: 0 0 6px; } .pw-diff { white-space: pre-wrap; margin: 0 0 6px; max-height: 220px; overflow: auto; }
.pw-diff del { color: var(--pw-fix); text-decoration: line-through; } .pw-diff ins { color: var(--pw-ok); text-decoration: none; background: #dafbe1; }
.pw-thread { margin: 0 0 6px; padding-left: 18px; white-space: pre-wrap; } .pw-changes { margin: 0 0 6px; padding-left: 18px; color: var(--pw-muted); font-size: 12px; } .pw-todo { color: var(--pw-text); }
.pw-fold { margin: 6px 0; } .pw-fold summary { cursor: pointer; color: var(--pw-muted); font-size: 12px; } .pw-fold-view { margin: 6px 0 0; }
.pw-fold-view figcaption { font-size: 11px; color: var(--pw-muted); } .pw-fold-text { margin: 2px 0 0; white-space: pre-wrap; border-left: 3px solid var(--pw-line); padding-left: 6px; }
.pw-fold-more { color: var(--pw-muted); }
.pw-foot { margin: 8px 0 0; color: var(--pw-muted); font-size: 12px; }
@media (prefers-reduced-motion: no-preference) { .pw-badge { transition: background-color .15s, border-color .15s; } }
`;
