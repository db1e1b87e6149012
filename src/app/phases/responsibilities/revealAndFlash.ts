/** Brings a checked problem's place into view: centred, its field focused, and a brief highlight. */
export function revealAndFlash(element: HTMLElement, focusable: HTMLElement | null): void {
  element.scrollIntoView({ block: 'center' });
  focusable?.focus({ preventScroll: true });
  element.classList.remove('is-flashing');
  void element.offsetWidth; // restarts the animation
  element.classList.add('is-flashing');
}
