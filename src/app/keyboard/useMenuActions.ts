/** Native menu actions (Electron only) mapped onto the same actions as buttons and shortcuts. */
import { useEffect } from 'react';
import type { MenuAction } from '../../shared/accordApi';
import { hostApi } from '../bridge/hostApi';
import { closeWorkshop, exportWorkshop } from '../library/libraryActions';
import { openImportPicker } from '../library/openImportPicker';
import { redo, undo, useSessionStore } from '../stores/sessionStore';
import { openDialog } from '../stores/uiStore';
import { isTextEntry } from './shortcuts';

function handleMenuAction(action: MenuAction): void {
  const snapshot = useSessionStore.getState().snapshot;
  switch (action) {
    case 'newWorkshop':
      openDialog({ kind: 'newWorkshop' });
      return;
    case 'openLibrary':
      if (snapshot) void closeWorkshop();
      return;
    case 'saveCopy':
      if (snapshot) void exportWorkshop(snapshot.workshop.id);
      return;
    case 'undo':
    case 'redo':
      // In a text field the menu means "undo my typing", as it does everywhere else.
      if (isTextEntry(document.activeElement)) document.execCommand(action);
      else void (action === 'undo' ? undo() : redo());
      return;
    case 'importWorkshop':
      openImportPicker();
      return;
    case 'showKeyboardShortcuts':
      // Exactly what pressing "?" does: the workshop's key list (RoomControl listens on window).
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '?' }));
      return;
  }
}

export function useMenuActions(): void {
  useEffect(() => hostApi().onDidRequestMenuAction(handleMenuAction), []);
}
