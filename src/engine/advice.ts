// F11–F13: which channel suits this user, and why. Scores and reasons are content; this only adds up.
import type { Channel, ChannelId, Content, Text, When } from '../content/schema.js';

/**
 * What the channel rules look at: the account answer and the preference answers (written English,
 * documents, ...). Not to be confused with the source facts F1–F29 that content cites as evidence.
 */
export type Preferences = Readonly<Record<string, string | undefined>>;

export interface Reason {
  text: Text;
  score: number;
}
export interface ChannelAdvice {
  channel: Channel;
  score: number;
  reasons: Reason[];
}
export interface Advice {
  recommended?: ChannelAdvice;
  alternatives: ChannelAdvice[];
  /** Offered by the outcome, but ruled out for this user (chat for a blocked account). */
  unavailable: { channel: Channel; reasons: Text[] }[];
}

export function matches(when: When, preferences: Preferences): boolean {
  return Object.entries(when).every(([key, wanted]) => {
    const value = preferences[key];
    return value !== undefined && (Array.isArray(wanted) ? wanted.includes(value) : wanted === value);
  });
}

export function channelById(content: Content, id: ChannelId): Channel {
  const channel = content.channels.find((c) => c.id === id);
  if (!channel) throw new Error(`no channel "${id}"`);
  return channel;
}

/** Why a channel is ruled out for these preferences; empty when it is available. */
export function unavailableReasons(channel: Channel, preferences: Preferences): Text[] {
  return channel.unavailable.filter((u) => matches(u.when, preferences)).map((u) => u.reason);
}

/** Ranks the channels an outcome offers: highest score first; ties keep the outcome's order. */
export function adviseChannels(content: Content, offered: readonly ChannelId[], preferences: Preferences): Advice {
  const ranked: ChannelAdvice[] = [];
  const unavailable: Advice['unavailable'] = [];
  for (const id of offered) {
    const channel = channelById(content, id);
    const ruledOut = unavailableReasons(channel, preferences);
    if (ruledOut.length > 0) {
      unavailable.push({ channel, reasons: ruledOut });
      continue;
    }
    const reasons = channel.rules.filter((r) => matches(r.when, preferences)).map((r) => ({ text: r.reason, score: r.score }));
    ranked.push({ channel, score: channel.base + reasons.reduce((n, r) => n + r.score, 0), reasons });
  }
  const order = [...ranked].sort((a, b) => b.score - a.score || offered.indexOf(a.channel.id) - offered.indexOf(b.channel.id));
  const [recommended, ...alternatives] = order;
  return { ...(recommended ? { recommended } : {}), alternatives, unavailable };
}
