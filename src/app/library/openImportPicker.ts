/** The one hidden file input for imports, opened by the Import button and the menu alike. */
let input: HTMLInputElement | null = null;

export function registerImportInput(element: HTMLInputElement | null): void {
  input = element;
}

export function openImportPicker(): void {
  if (!input) return;
  input.value = '';
  input.click();
}
