// Entry of chat.js: defines <pulputtamo-chat> (and its contact form).
import './elements/chat.ts';

export { PulputtamoChat } from './elements/chat.ts';
