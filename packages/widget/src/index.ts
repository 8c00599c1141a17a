// The widget package's entry for bundlers: every element, defined on import. Pages use the
// prebuilt dist/chat.js and dist/ideas.js instead.
export { PulputtamoChat } from './elements/chat.ts';
export { PulputtamoChatContactForm } from './elements/chat-contact-form.ts';
export { PulputtamoIdeaActions } from './elements/idea-actions.ts';
export { PulputtamoIdeaDetail } from './elements/idea-detail.ts';
export { PulputtamoIdeaForm } from './elements/idea-form.ts';
export { PulputtamoIdeaList } from './elements/idea-list.ts';
export { PulputtamoIdeas } from './elements/ideas.ts';
export { PulputtamoStaffApp } from './elements/staff-app.ts';
