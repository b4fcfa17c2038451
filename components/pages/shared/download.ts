/** Offers text as a file download from an extension page. */
export function downloadText(name: string, text: string, type = 'application/json', doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "2026-03-02" for file names. */
export function dateStamp(time = Date.now()): string {
  return new Date(time).toISOString().slice(0, 10);
}
