// The intranet demo's one script: points the employer chat at the chatbot service, from the page's
// data-chat-api or the address (?chat-api=<url>&chat-bot=<id>). An external file, for the CSP.
const params = new URLSearchParams(location.search);
const chat = document.querySelector('pulputtamo-chat');
if (chat) {
  chat.setAttribute('api-base', params.get('chat-api') || document.body.dataset.chatApi || '');
  const bot = params.get('chat-bot');
  if (bot) chat.setAttribute('bot', bot);
}
