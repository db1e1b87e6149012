/**
 * The room's view in miniature on the console: the projector's own phase projections and room
 * screens (blank, break), drawn at the console window's size and scaled down, so the projections'
 * screen-relative sizes lay out as they would on a projector of that shape. Frozen shows the
 * frozen picture. A picture only: out of the accessibility tree and of the tab order, with a
 * caption that says what the room sees. It is drawn in a closed shadow root, with the document's
 * style sheets, so that nothing of it (ids, test ids, headings) mixes with the console's own page.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { noRoomFocus } from '../../domain/roomFocus';
import type { Workshop } from '../../domain/workshopSchema';
import { ProjectorFrame } from '../projector/ProjectorFrame';
import { RoomScreen } from '../projector/RoomScreen';
import { useSessionStore } from '../stores/sessionStore';
import { selectCurrentPhase, selectSetup, useWorkshop, WorkshopSourceProvider } from '../stores/workshopSelectors';
import { formatBackAt } from '../timer/formatBackAt';
import { followRoomView, useMiniatureStore } from './miniatureSession';
import '../projector/projector.css';

type Room = Workshop['room'];
const LIVE: Room = { screen: 'live', breakEndsAt: null, focus: noRoomFocus() };
// The room's screen from the mirror itself, as the projector reads it: while frozen, what the projections read is held.
const selectRoom = (s: { snapshot: { workshop: Workshop } | null }): Room => s.snapshot?.workshop.room ?? LIVE;

function caption(room: Room): string {
  switch (room.screen) {
    case 'live':
      return 'Live';
    case 'blank':
      return 'Blank';
    case 'frozen':
      return 'Frozen';
    case 'break':
      return room.breakEndsAt ? `Break until ${formatBackAt(room.breakEndsAt)}` : 'Break';
  }
}

/** Copies the document's style sheets into the shadow root, and those that load later (a phase's projection). */
function mirrorStyleSheets(into: ShadowRoot): () => void {
  const copy = (node: Node) => {
    if ((node instanceof HTMLLinkElement && node.rel === 'stylesheet') || node instanceof HTMLStyleElement) into.append(node.cloneNode(true));
  };
  document.head.querySelectorAll('link[rel="stylesheet"], style').forEach(copy);
  const observer = new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(copy)));
  observer.observe(document.head, { childList: true });
  return () => observer.disconnect();
}

export function RoomMiniature() {
  useState(followRoomView);
  const room = useSessionStore(selectRoom);
  const shownPhase = useMiniatureStore(selectCurrentPhase);
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const shadow = useRef<ShadowRoot | null>(null);
  const [inside, setInside] = useState<ShadowRoot | null>(null);

  useLayoutEffect(() => {
    shadow.current ??= box.current!.attachShadow({ mode: 'closed' });
    setInside(shadow.current);
    return mirrorStyleSheets(shadow.current);
  }, []);

  // Sizes set through the DOM (CSP-safe): the frame is the window's size, the box as high as the strip allows.
  useLayoutEffect(() => {
    const fit = () => {
      if (!box.current || !frame.current) return;
      const scale = box.current.clientHeight / window.innerHeight;
      box.current.style.width = `${Math.round(window.innerWidth * scale)}px`;
      frame.current.style.width = `${window.innerWidth}px`;
      frame.current.style.height = `${window.innerHeight}px`;
      frame.current.style.transform = `scale(${scale})`;
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [inside]);

  return (
    <figure className="room-miniature" data-testid="room-miniature" data-screen={room.screen} data-phase={shownPhase}>
      <div ref={box} className="room-miniature__box" data-testid="room-miniature-picture" aria-hidden="true" inert>
        {inside &&
          createPortal(
            <div ref={frame} className="room-miniature__frame">
              <WorkshopSourceProvider value={useMiniatureStore}>
                <MiniatureRoom room={room} />
              </WorkshopSourceProvider>
            </div>,
            inside,
          )}
      </div>
      <figcaption className={`room-miniature__caption room-miniature__caption--${room.screen}`}>
        <span className="visually-hidden">The room sees: </span>
        {caption(room)}
      </figcaption>
    </figure>
  );
}

/** The projector's picture under the room's screen. */
function MiniatureRoom({ room }: { room: Room }) {
  const setup = useWorkshop(selectSetup);
  if (!setup) return null;
  return (
    <RoomScreen room={room} company={setup.company}>
      <ProjectorFrame setup={setup} room={room} miniature />
    </RoomScreen>
  );
}
