package io.timrest;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportMsg;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The de-duplication values an import leaves out, derived from the message itself, so that
 * sending an equal request again (after a failure, from a new request object, from another
 * process) sends the same values and the server de-duplicates it instead of importing twice.
 *
 * <p>The derivation, which must not change between versions (a request re-sent by a newer client
 * must match what an older one sent), is {@code d = SHA-256(UTF-8(text))} with {@code text} made
 * of lines joined by {@code \n}; a value is 4 bytes of {@code d}, big-endian, as an unsigned
 * 32-bit number:
 * <ul>
 *   <li>group message without {@code Random} ({@code import_group_msg}): {@code text} =
 *       {@code timrest-import-group-msg-v1}, the {@code GroupId}, the message's JSON as the client
 *       sends it (without {@code Random}), its occurrence {@code n} (how many earlier messages of
 *       the request have the same JSON), and a counter {@code k}; {@code Random} = {@code d[0..3]}
 *       for the first {@code k} from 0 whose value no other message of the request has (given, or
 *       derived earlier in {@code MsgList} order). Distinct messages of one request therefore never
 *       share a {@code Random}, which would make the server drop one of them; equal messages in
 *       one request are told apart by {@code n}.
 *   <li>one-to-one message ({@code importmsg}): {@code text} = {@code timrest-importmsg-v1} and the
 *       request's JSON without {@code MsgSeq} and {@code MsgRandom}; a missing {@code MsgSeq} is
 *       {@code d[0..3]}, a missing {@code MsgRandom} {@code d[4..7]}.
 * </ul>
 * Two messages equal in every field (same group or accounts, sender, time, body, custom data)
 * sent in different requests get the same values, and the server keeps one: give each its own
 * {@code Random} (or {@code MsgRandom}) if a history really holds such twins.
 */
final class DerivedIds {
  private final JsonAdapter<ImportMsg> messageJson;
  private final JsonAdapter<ImportC2cMsgRequest> c2cJson;

  DerivedIds(Moshi moshi) {
    this.messageJson = moshi.adapter(ImportMsg.class);
    this.c2cJson = moshi.adapter(ImportC2cMsgRequest.class);
  }

  /** The request with a derived {@code Random} on every message that has none. */
  ImportGroupMsgRequest withRandoms(ImportGroupMsgRequest request) {
    List<ImportMsg> messages = request.msgList();
    if (messages.stream().allMatch(message -> message.random().isPresent())) {
      return request;
    }
    Set<Long> taken = new HashSet<>();
    for (ImportMsg message : messages) {
      message.random().ifPresent(taken::add);
    }
    Map<String, Integer> occurrences = new HashMap<>();
    List<ImportMsg> prepared = new ArrayList<>(messages.size());
    for (ImportMsg message : messages) {
      if (message.random().isPresent()) {
        prepared.add(message);
        continue;
      }
      String json = messageJson.toJson(message);
      int occurrence = occurrences.merge(json, 1, Integer::sum) - 1;
      long random;
      int counter = 0;
      do {
        random = uint32(digest("timrest-import-group-msg-v1", request.groupId(), json,
            Integer.toString(occurrence), Integer.toString(counter++)), 0);
      } while (!taken.add(random));
      prepared.add(message.toBuilder().random(random).build());
    }
    return request.toBuilder().msgList(prepared).build();
  }

  /** The request with a derived {@code MsgSeq} and {@code MsgRandom} where it has none. */
  ImportC2cMsgRequest withMsgSeqAndRandom(ImportC2cMsgRequest request) {
    if (request.msgSeq().isPresent() && request.msgRandom().isPresent()) {
      return request;
    }
    ImportC2cMsgRequest.Builder without = request.toBuilder();
    without.msgSeq(null);
    without.msgRandom(null);
    byte[] digest = digest("timrest-importmsg-v1", c2cJson.toJson(without.build()));
    ImportC2cMsgRequest.Builder prepared = request.toBuilder();
    if (request.msgSeq().isEmpty()) {
      prepared.msgSeq(uint32(digest, 0));
    }
    if (request.msgRandom().isEmpty()) {
      prepared.msgRandom(uint32(digest, 4));
    }
    return prepared.build();
  }

  private static byte[] digest(String... lines) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static long uint32(byte[] digest, int offset) {
    return ByteBuffer.wrap(digest, offset, 4).getInt() & Uint32.MAX;
  }
}
