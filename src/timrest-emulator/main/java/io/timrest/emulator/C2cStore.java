package io.timrest.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import okio.ByteString;

/**
 * One-to-one conversations. One lock (this object) guards all of it.
 */
final class C2cStore {
  /** docs/server-rules.md §3: C2C de-dup by sender + MsgSeq + MsgRandom + CRC32 of content, for 120 s. */
  static final Duration DEDUP_WINDOW = Duration.ofSeconds(120);

  record Message(
      String from, String to, long seq, long random, long timestamp, String key, ByteString body, String cloudCustomData) {
    Message withContent(ByteString newBody, String newCloudCustomData) {
      return new Message(from, to, seq, random, timestamp, key, newBody, newCloudCustomData);
    }
  }

  /** The MsgTime and MsgKey a send was given. */
  record Sent(long time, String key) {}

  record Page(List<Message> messages, boolean complete) {}

  private record Dedup(Sent sent, Instant at) {}

  /** Conversation key: the two accounts in a fixed order, so both directions share one history. */
  private record Pair(String a, String b) {
    static Pair of(String x, String y) {
      return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
    }
  }

  private final Map<Pair, List<Message>> conversations = new HashMap<>();
  // The MsgKeys ({MsgSeq}_{MsgRandom}_{MsgTimeStamp}) each conversation holds, for importmsg's
  // permanent de-duplication, which compares exactly those three fields.
  private final Map<Pair, Set<String>> keys = new HashMap<>();
  private final LinkedHashMap<String, Dedup> recent = new LinkedHashMap<>();
  private long nextServerSeq = 1;

  /**
   * Stores a message. {@code seq} null lets the server pick one; {@code timestamp} null means now.
   * A repeat of the same sender, MsgSeq, MsgRandom and content within 120 s is answered with the
   * original's MsgTime and MsgKey and not stored again.
   */
  synchronized Sent send(
      String from, String to, Long seq, long random, Long timestamp, ByteString body, String cloudCustomData, Instant now) {
    Iterator<Dedup> oldest = recent.values().iterator();
    while (oldest.hasNext() && !oldest.next().at().plus(DEDUP_WINDOW).isAfter(now)) {
      oldest.remove();
    }
    long msgSeq = seq != null ? seq : nextServerSeq++;
    CRC32 crc = new CRC32();
    crc.update(body.toByteArray());
    String dedupKey = from + '\n' + msgSeq + '\n' + random + '\n' + crc.getValue();
    Dedup duplicate = recent.get(dedupKey);
    if (duplicate != null) {
      return duplicate.sent();
    }
    long time = timestamp != null ? timestamp : now.getEpochSecond();
    String key = key(msgSeq, random, time);
    store(new Message(from, to, msgSeq, random, time, key, body, cloudCustomData));
    Sent sent = new Sent(time, key);
    recent.put(dedupKey, new Dedup(sent, now));
    return sent;
  }

  /**
   * Imports a message (docs/server-rules.md §9, https://cloud.tencent.com/document/product/269/2568).
   * A message of the same conversation, in either direction, with the same MsgSeq, MsgRandom and
   * MsgTimeStamp is the same message whatever its content: the first one stays, for good, and
   * the repeat is accepted without being stored. {@code seq} null lets the server pick one, which
   * never repeats a key the conversation holds. Returns whether the message was stored.
   */
  synchronized boolean importMessage(
      String from, String to, Long seq, long random, long timestamp, ByteString body, String cloudCustomData) {
    Set<String> held = keys.getOrDefault(Pair.of(from, to), Set.of());
    long msgSeq;
    if (seq != null) {
      msgSeq = seq;
    } else {
      do {
        msgSeq = nextServerSeq++;
      } while (held.contains(key(msgSeq, random, timestamp)));
    }
    String key = key(msgSeq, random, timestamp);
    if (held.contains(key)) {
      return false;
    }
    store(new Message(from, to, msgSeq, random, timestamp, key, body, cloudCustomData));
    return true;
  }

  /** docs/server-rules.md §3: MsgKey = {MsgSeq}_{MsgRandom}_{MsgTimeStamp}. */
  private static String key(long seq, long random, long timestamp) {
    return seq + "_" + random + "_" + timestamp;
  }

  private void store(Message message) {
    Pair pair = Pair.of(message.from(), message.to());
    conversations.computeIfAbsent(pair, p -> new ArrayList<>()).add(message);
    keys.computeIfAbsent(pair, p -> new HashSet<>()).add(message.key());
  }

  /**
   * A page of the conversation between two accounts, both directions, MinTime..MaxTime inclusive.
   *
   * <p>Paging follows the admin_getroammsg page's example: a page holds the newest {@code maxCount}
   * messages not newer than the range's end, listed oldest first; LastMsgTime/LastMsgKey name the
   * page's oldest message, and the next call passes them back as MaxTime and LastMsgKey, so paging
   * walks backwards in time. An unknown LastMsgKey is ignored.
   */
  synchronized Page roam(String account, String peer, long minTime, long maxTime, int maxCount, String lastKey) {
    List<Message> candidates = new ArrayList<>();
    for (Message message : conversations.getOrDefault(Pair.of(account, peer), List.of())) {
      if (message.timestamp() >= minTime && message.timestamp() <= maxTime) {
        candidates.add(message);
      }
    }
    // Stable sort: messages with the same second keep the order they were sent in.
    candidates.sort((x, y) -> Long.compare(x.timestamp(), y.timestamp()));
    if (lastKey != null) {
      for (int i = 0; i < candidates.size(); i++) {
        if (candidates.get(i).key().equals(lastKey)) {
          candidates = new ArrayList<>(candidates.subList(0, i));
          break;
        }
      }
    }
    int from = Math.max(0, candidates.size() - maxCount);
    return new Page(List.copyOf(candidates.subList(from, candidates.size())), from == 0);
  }

  /** Overwrites MsgBody and/or CloudCustomData (null = keep) of one message sent from → to. */
  synchronized void modify(String from, String to, String key, ByteString body, String cloudCustomData) {
    List<Message> messages = conversations.getOrDefault(Pair.of(from, to), List.of());
    for (int i = 0; i < messages.size(); i++) {
      Message message = messages.get(i);
      if (message.key().equals(key) && message.from().equals(from) && message.to().equals(to)) {
        messages.set(i, message.withContent(
            body != null ? body : message.body(),
            cloudCustomData != null ? cloudCustomData : message.cloudCustomData()));
        return;
      }
    }
    throw new ApiError(20001, "no message with this MsgKey from From_Account to To_Account");
  }
}
