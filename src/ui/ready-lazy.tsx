import { type ComponentType, lazy, useState } from 'react';

/**
 * React.lazy that draws at once when its module is already in. A plain lazy component suspends
 * on its first render even then: its fallback is shown for a frame, and React then holds the
 * real content back for up to 300 ms so as not to flicker (measured: "See results" after the
 * chart module had been preloaded, 589–673 ms to the radar at 4× CPU, 170–200 ms once warm).
 * `ready()` loads the module and remembers it; every mount after that renders it directly.
 */
export function readyLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  const ready = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => ready().then((component) => ({ default: component })));
  // biome-ignore lint/correctness/noComponentHookFactories: made once per module, at module level, never while rendering.
  function ReadyLazy(props: P) {
    // Chosen once per mount: changing the component type later would remount what it shows.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(ReadyLazy, { ready });
}
