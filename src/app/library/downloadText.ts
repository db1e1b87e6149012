/** Saves text as a file through a Blob and a temporary link; works in a browser and in Electron. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some engines start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
