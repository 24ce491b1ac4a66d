package io.timrest.emulator;

import com.squareup.moshi.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import okio.Buffer;

/**
 * Writes a made-up history file in the format of {@code timrest migrate} (the README's "Migrating
 * a history"), to try a migration or test one: accounts, groups created 30 days before
 * {@code now}, members who joined an hour later, messages spread over the following days (every
 * fourth in the same second as the one before, as in real histories), one-to-one conversations,
 * and an unread count per group. The messages are grouped by conversation (one group's history
 * after the other, as a per-channel export is) or interleaved. Group IDs are
 * {@code sample-0, sample-1, ...}, accounts {@code user0, user1, ...}, SourceIds {@code G<group>/<n>}
 * and {@code D<conversation>/<n>}.
 */
public final class SampleHistory {
  /** How the messages of different conversations follow each other in the file. */
  public enum Order {
    /** One conversation's messages after the other's, as a per-channel export. */
    GROUPED,
    /** Round robin: the n-th message of every conversation, then the n+1-th. */
    INTERLEAVED
  }

  private final int groups;
  private final int messagesPerGroup;
  private final int membersPerGroup;
  private final int conversations;
  private final int messagesPerConversation;
  private final Order order;
  private final long created;
  private final long step;

  /**
   * Describes a sample history.
   *
   * @param groups how many groups
   * @param messagesPerGroup messages of each group
   * @param membersPerGroup members of each group besides its owner
   * @param conversations one-to-one conversations
   * @param messagesPerConversation messages of each conversation
   * @param order how the conversations' messages follow each other
   * @param now the groups are created 30 days before this
   */
  public SampleHistory(int groups, int messagesPerGroup, int membersPerGroup, int conversations,
      int messagesPerConversation, Order order, Instant now) {
    this.groups = groups;
    this.messagesPerGroup = messagesPerGroup;
    this.membersPerGroup = membersPerGroup;
    this.conversations = conversations;
    this.messagesPerConversation = messagesPerConversation;
    this.order = order;
    this.created = now.minus(Duration.ofDays(30)).getEpochSecond();
    // Messages fill the 28 days after the members joined; every fourth shares its predecessor's second.
    long span = Duration.ofDays(28).getSeconds();
    this.step = Math.max(1, span / Math.max(1, Math.max(messagesPerGroup, messagesPerConversation)));
  }

  /**
   * The number of account records: enough for each group's members and two per conversation.
   *
   * @return the number of accounts
   */
  public int accounts() {
    return Math.max(membersPerGroup, 2 * conversations) + 1;
  }

  /**
   * The number of records the file holds.
   *
   * @return accounts, groups, members, messages and unread counts together
   */
  public long records() {
    return accounts() + (long) groups * (1 + membersPerGroup + messagesPerGroup + 1)
        + (long) conversations * messagesPerConversation;
  }

  /**
   * Writes the file, replacing it if it exists.
   *
   * @param file where to write
   * @throws IOException when it cannot be written
   */
  public void write(Path file) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      for (int a = 0; a < accounts(); a++) {
        int account = a;
        line(out, w -> w.name("type").value("account").name("UserID").value(user(account)).name("Nick").value("User " + account));
      }
      for (int g = 0; g < groups; g++) {
        int group = g;
        line(out, w -> w.name("type").value("group").name("GroupId").value(groupId(group)).name("Type").value("Public")
            .name("Name").value("sample " + group).name("Owner_Account").value(user(0)).name("CreateTime").value(created));
        for (int m = 1; m <= membersPerGroup; m++) {
          int member = m;
          line(out, w -> w.name("type").value("member").name("GroupId").value(groupId(group))
              .name("Member_Account").value(user(member)).name("JoinTime").value(created + 3600 + member));
        }
      }
      if (order == Order.GROUPED) {
        for (int g = 0; g < groups; g++) {
          for (int i = 0; i < messagesPerGroup; i++) {
            groupMessage(out, g, i);
          }
        }
        for (int c = 0; c < conversations; c++) {
          for (int i = 0; i < messagesPerConversation; i++) {
            c2cMessage(out, c, i);
          }
        }
      } else {
        int rounds = Math.max(messagesPerGroup, messagesPerConversation);
        for (int i = 0; i < rounds; i++) {
          for (int g = 0; g < groups && i < messagesPerGroup; g++) {
            groupMessage(out, g, i);
          }
          for (int c = 0; c < conversations && i < messagesPerConversation; c++) {
            c2cMessage(out, c, i);
          }
        }
      }
      for (int g = 0; g < groups; g++) {
        int group = g;
        line(out, w -> w.name("type").value("unread").name("GroupId").value(groupId(group))
            .name("Member_Account").value(user(1)).name("UnreadMsgNum").value(Math.min(3, messagesPerGroup)));
      }
    }
  }

  /** The send time of a conversation's message {@code i}: every fourth one in its predecessor's second. */
  private long time(int i) {
    return created + 7200 + (i - i / 4) * step;
  }

  private void groupMessage(Writer out, int g, int i) throws IOException {
    line(out, w -> w.name("type").value("group_msg").name("GroupId").value(groupId(g))
        .name("SourceId").value("G" + g + "/" + i).name("From_Account").value(user(1 + i % Math.max(1, membersPerGroup)))
        .name("SendTime").value(time(i))
        .name("MsgBody").beginArray().beginObject().name("MsgType").value("TIMTextElem")
        .name("MsgContent").beginObject().name("Text").value("message " + i + " of group " + g).endObject()
        .endObject().endArray());
  }

  private void c2cMessage(Writer out, int c, int i) throws IOException {
    boolean forth = i % 2 == 0;
    line(out, w -> w.name("type").value("c2c_msg").name("SourceId").value("D" + c + "/" + i)
        .name("From_Account").value(user(forth ? 2 * c + 1 : 2 * c + 2))
        .name("To_Account").value(user(forth ? 2 * c + 2 : 2 * c + 1))
        .name("MsgTimeStamp").value(time(i))
        .name("MsgBody").beginArray().beginObject().name("MsgType").value("TIMTextElem")
        .name("MsgContent").beginObject().name("Text").value("direct message " + i).endObject()
        .endObject().endArray());
  }

  /**
   * The UserID of account {@code i}.
   *
   * @param i the account's number
   * @return {@code user<i>}
   */
  public static String user(int i) {
    return "user" + i;
  }

  /**
   * The GroupId of group {@code g}.
   *
   * @param g the group's number
   * @return {@code sample-<g>}
   */
  public static String groupId(int g) {
    return "sample-" + g;
  }

  /** One record's fields. */
  private interface Fields {
    void write(JsonWriter writer) throws IOException;
  }

  private static void line(Writer out, Fields fields) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      fields.write(writer);
      writer.endObject();
    }
    out.write(buffer.readUtf8());
    out.write('\n');
  }
}
