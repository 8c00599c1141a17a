// Dispatches the widget's events: prefixed `pulputtamo-`, bubbling and composed out of shadow roots.

/** Fires `type` on `target` with `detail`; returns false when a listener called preventDefault(). */
export function emit<T>(target: EventTarget, type: `pulputtamo-${string}`, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}
