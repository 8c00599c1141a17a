// Entry of ideas.js: defines <pulputtamo-ideas> (with its parts) and <pulputtamo-staff-app>.
import './elements/ideas.ts';
import './elements/staff-app.ts';

export { PulputtamoIdeas } from './elements/ideas.ts';
export { PulputtamoStaffApp } from './elements/staff-app.ts';
