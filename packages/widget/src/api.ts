// The widget's one HTTP client: every request to the ideas and chatbot services goes through here.
import type {
  BotIntro,
  Category,
  ChangeOwner,
  ChangeStatus,
  Comment,
  ContactRequest,
  ContactRequestReceipt,
  CreateIdea,
  DevLogin,
  Feedback,
  Idea,
  IdeaDetail,
  IdeaList,
  IdeaSort,
  IdeaStatus,
  LiveChatStart,
  Me,
  MessageReply,
  Problem,
  ProblemFieldError,
  SendMessage,
  SimilarIdeas,
  UserSummary,
} from '@pulputtamo/shared';

/** A failed request: `status` 0 means the service could not be reached at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  /** Seconds to wait before trying again (a 503 while a bot starts, a 429). */
  readonly retryAfter: number | null;

  constructor(message: string, status: number, problem: Problem | null, retryAfter: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** Field errors of a validation problem (`errors[].path` names the field). */
  get fieldErrors(): ProblemFieldError[] {
    return this.problem?.errors ?? [];
  }
}

/**
 * The origin the bundle itself was loaded from: `chat.js` served by the chatbot service talks to
 * that service unless the page says otherwise with `api-base`. Empty (same origin) outside http.
 */
export function defaultApiBase(): string {
  try {
    const url = new URL(import.meta.url);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : '';
  } catch {
    return '';
  }
}

interface RequestOptions {
  method?: string;
  json?: unknown;
  /** `include` for the ideas service (session cookie); `omit` for the public chat API. */
  credentials: RequestCredentials;
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

async function request<T>(base: string, path: string, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(joinUrl(base, path), {
      method: options.method ?? 'GET',
      headers,
      credentials: options.credentials,
      ...(options.json !== undefined ? { body: JSON.stringify(options.json) } : {}),
    });
  } catch (err) {
    throw new ApiError(err instanceof Error ? err.message : 'Network error', 0, null);
  }
  if (res.status === 204) return undefined as T;
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const problem = isProblem(body) ? body : null;
    const retryAfter = Number(res.headers.get('retry-after')) || null;
    throw new ApiError(problem?.detail ?? problem?.title ?? `HTTP ${res.status}`, res.status, problem, retryAfter);
  }
  return body as T;
}

function ideas<T>(base: string, path: string, method?: string, json?: unknown): Promise<T> {
  return request<T>(base, path, { method, json, credentials: 'include' });
}
function chat<T>(base: string, path: string, method?: string, json?: unknown): Promise<T> {
  return request<T>(base, path, { method, json, credentials: 'omit' });
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

// ---- ideas service -------------------------------------------------------

export type Person = UserSummary & { orgUnit: string | null };

export interface IdeaQuery {
  sort?: IdeaSort;
  status?: IdeaStatus;
  category?: number;
  q?: string;
  cursor?: string;
  limit?: number;
}

export const getMe = (base: string): Promise<Me> => ideas(base, '/api/me');
export const devLogin = (base: string, body: DevLogin): Promise<Me> => ideas(base, '/auth/dev/login', 'POST', body);
export const logout = (base: string): Promise<void> => ideas(base, '/auth/logout', 'POST');
export const listCategories = (base: string): Promise<{ items: Category[] }> => ideas(base, '/api/categories');
export const findPeople = (base: string, q: string): Promise<{ items: Person[] }> =>
  ideas(base, `/api/users${query({ q })}`);

export const listIdeas = (base: string, q: IdeaQuery): Promise<IdeaList> => ideas(base, `/api/ideas${query({ ...q })}`);
export const findSimilarIdeas = (base: string, text: string): Promise<SimilarIdeas> =>
  ideas(base, `/api/ideas/similar${query({ text, limit: 5 })}`);
export const getIdea = (base: string, id: number): Promise<IdeaDetail> => ideas(base, `/api/ideas/${id}`);
export const createIdea = (base: string, body: CreateIdea): Promise<Idea> => ideas(base, '/api/ideas', 'POST', body);
export const deleteIdea = (base: string, id: number): Promise<void> => ideas(base, `/api/ideas/${id}`, 'DELETE');
export const setVote = (base: string, id: number, on: boolean): Promise<Pick<Idea, 'voteCount' | 'votedByMe'>> =>
  ideas(base, `/api/ideas/${id}/vote`, on ? 'PUT' : 'DELETE');

export const listComments = (base: string, id: number): Promise<{ items: Comment[] }> =>
  ideas(base, `/api/ideas/${id}/comments`);
export const addComment = (base: string, id: number, body: string): Promise<Comment> =>
  ideas(base, `/api/ideas/${id}/comments`, 'POST', { body });
export const hideComment = (base: string, id: number, commentId: number, reason: string): Promise<Comment> =>
  ideas(base, `/api/ideas/${id}/comments/${commentId}/hide`, 'POST', { reason });

export const changeStatus = (base: string, id: number, body: ChangeStatus): Promise<IdeaDetail> =>
  ideas(base, `/api/ideas/${id}/status`, 'POST', body);
export const changeOwner = (base: string, id: number, body: ChangeOwner): Promise<IdeaDetail> =>
  ideas(base, `/api/ideas/${id}/owner`, 'PUT', body);

// ---- chatbot service -----------------------------------------------------

export const getBotIntro = (base: string, botId: string, lang: string): Promise<BotIntro> =>
  chat(base, `/api/bots/${encodeURIComponent(botId)}${query({ lang })}`);
export const sendChatMessage = (base: string, botId: string, body: SendMessage): Promise<MessageReply> =>
  chat(base, `/api/bots/${encodeURIComponent(botId)}/messages`, 'POST', body);
export const sendFeedback = (base: string, botId: string, body: Feedback): Promise<void> =>
  chat(base, `/api/bots/${encodeURIComponent(botId)}/feedback`, 'POST', body);
export const sendContactRequest = (base: string, botId: string, body: ContactRequest): Promise<ContactRequestReceipt> =>
  chat(base, `/api/bots/${encodeURIComponent(botId)}/contact-requests`, 'POST', body);
export const startLiveChat = (base: string, botId: string, sessionId: string): Promise<LiveChatStart> =>
  chat(base, `/api/bots/${encodeURIComponent(botId)}/live-chat-requests`, 'POST', { sessionId });
export const clearChatSession = (base: string, botId: string, sessionId: string): Promise<void> =>
  chat(base, `/api/bots/${encodeURIComponent(botId)}/sessions/${encodeURIComponent(sessionId)}`, 'DELETE');
