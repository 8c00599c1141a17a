// Entry of chat.js: defines <pulputtamo-chat>.
export {};
