import { Component, type ReactNode } from 'react';

/**
 * Catches a chart that fails to load or draw (a lost network, a browser
 * without canvas): the tables beside the charts still hold every figure.
 */
export class ChartBoundary extends Component<
  { onFailed: () => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(): void {
    this.props.onFailed();
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
