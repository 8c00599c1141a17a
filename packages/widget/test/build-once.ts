// Vitest global setup of the widget project: builds dist/ once (CI starts from a clean clone).
import { buildWidget } from '../scripts/build-widget.ts';

export default async function setup(): Promise<void> {
  await buildWidget();
}
