/** Hidden file input behind "Import…"; checks the file and hands it to the host. */
import { IMPORTABLE_FILE_TYPES } from '../../shared/accordApi';
import { importWorkshopFile } from './libraryActions';
import { registerImportInput } from './openImportPicker';

export function ImportFileInput() {
  return (
    <input
      ref={registerImportInput}
      type="file"
      accept={IMPORTABLE_FILE_TYPES}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      data-testid="import-file-input"
      onChange={(event) => {
        const file = event.target.files?.[0];
        if (file) void importWorkshopFile(file);
      }}
    />
  );
}
