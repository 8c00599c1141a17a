// The seam where a live-chat product plugs in: the core hands a conversation over through this
// interface and knows nothing of the product behind it.

/** One line of the conversation so far (visitor text already redacted). */
export interface TranscriptLine {
  role: 'user' | 'bot';
  text: string;
  /** Epoch ms. */
  at: number;
}

/** What the live-chat product is told when a visitor asks for a person. */
export interface LiveChatHandover {
  botId: string;
  sessionId: string;
  lang: string;
  target: { id: string; role: string };
  transcript: TranscriptLine[];
  requestedAt: number;
}

/** The product's answer: where the visitor continues, and a message to show them. */
export interface LiveChatAccepted {
  url: string | null;
  message: string | null;
}

export interface LiveChatAdapter {
  /** Short name for logs, e.g. `webhook`. */
  readonly name: string;
  /** Hands the conversation over; rejects when the product is unreachable or declines. */
  start(handover: LiveChatHandover): Promise<LiveChatAccepted>;
}
