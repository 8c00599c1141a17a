// Entry of the embeddable widgets; the components arrive with the widget issue.
export const WIDGET_TAG_PREFIX = 'pulputtamo-';
