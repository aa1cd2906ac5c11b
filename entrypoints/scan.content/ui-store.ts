import type { GutCheckLayerProps } from '@/components/GutCheckLayer';

/**
 * The state React renders in our shadow root, kept outside React so the scanner can update it
 * without owning components (read with useSyncExternalStore).
 */
export class UiStore {
  private state: GutCheckLayerProps = { live: '', card: null, textSize: 'normal' };
  private listeners = new Set<() => void>();

  get = (): GutCheckLayerProps => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Replaces part of the state and re-renders. */
  set(patch: Partial<GutCheckLayerProps>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}
