package io.timrest;

import static io.timrest.MsgElements.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.squareup.moshi.Moshi;
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.TimJsonAdapters;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The values an import leaves out are derived from the message, as {@link DerivedIds} documents. */
class DerivedIdsTest {
  private final DerivedIds ids = new DerivedIds(new Moshi.Builder().add(TimJsonAdapters.FACTORY).build());

  private static ImportMsg message(String from, long sendTime, String text) {
    return ImportMsg.builder().fromAccount(from).sendTime(sendTime).msgBody(List.of(text(text))).build();
  }

  private static ImportGroupMsgRequest request(String groupId, ImportMsg... messages) {
    return ImportGroupMsgRequest.builder().groupId(groupId).msgList(List.of(messages)).build();
  }

  private static List<Long> randoms(ImportGroupMsgRequest request) {
    return request.msgList().stream().map(m -> m.random().orElseThrow()).collect(Collectors.toList());
  }

  @Test
  void theRandomIsTheDocumentedDigestOfTheGroupAndTheMessage() throws Exception {
    ImportGroupMsgRequest prepared = ids.withRandoms(request("@TGS#1", message("leckie", 1620808101L, "hi")));

    String json = "{\"From_Account\":\"leckie\",\"SendTime\":1620808101,"
        + "\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]}";
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(("timrest-import-group-msg-v1\n@TGS#1\n" + json + "\n0\n0").getBytes(StandardCharsets.UTF_8));
    assertEquals(ByteBuffer.wrap(digest).getInt() & 0xFFFF_FFFFL, prepared.msgList().get(0).random().orElseThrow());
  }

  @Test
  void equalRequestsGetEqualRandomsAndOtherGroupsOtherOnes() {
    ImportMsg a = message("leckie", 1620808101L, "hi");
    ImportMsg b = message("peter", 1620808102L, "hello");

    List<Long> first = randoms(ids.withRandoms(request("@TGS#1", a, b)));
    List<Long> again = randoms(ids.withRandoms(request("@TGS#1", message("leckie", 1620808101L, "hi"), b)));
    List<Long> elsewhere = randoms(ids.withRandoms(request("@TGS#2", a, b)));

    assertEquals(first, again);
    assertNotEquals(first.get(0), elsewhere.get(0));
    assertNotEquals(first.get(1), elsewhere.get(1));
  }

  @Test
  void equalMessagesInOneRequestGetDistinctRandoms() {
    ImportMsg twin = message("leckie", 1620808101L, "ok");

    List<Long> randoms = randoms(ids.withRandoms(request("@TGS#1", twin, twin, twin)));

    assertEquals(3, new HashSet<>(randoms).size(), randoms::toString);
  }

  @Test
  void aDerivedRandomNeverRepeatsOneGivenInTheSameRequest() {
    ImportMsg derived = message("leckie", 1620808102L, "second");
    long wouldBe = randoms(ids.withRandoms(request("@TGS#1", derived))).get(0);
    ImportMsg given = message("peter", 1620808101L, "first").toBuilder().random(wouldBe).build();

    List<Long> randoms = randoms(ids.withRandoms(request("@TGS#1", given, derived)));

    assertEquals(wouldBe, randoms.get(0), "a given Random is kept");
    assertNotEquals(wouldBe, randoms.get(1), "the derivation moves on to its next counter");
  }

  @Test
  void manyDistinctMessagesOfOneRequestNeverShareARandom() {
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      ImportMsg[] batch = new ImportMsg[7];
      for (int k = 0; k < 7; k++) {
        batch[k] = message("u" + i, 1620808101L + k, "m" + k);
      }
      List<Long> randoms = randoms(ids.withRandoms(request("@TGS#1", batch)));
      assertEquals(7, new HashSet<>(randoms).size());
      seen.addAll(randoms);
    }
    assertEquals(14_000, seen.size(), "SHA-256 spreads 14,000 messages over the 32-bit space");
  }

  @Test
  void aOneToOneMessageGetsMsgSeqAndMsgRandomFromItsDigestAndKeepsGivenOnes() throws Exception {
    ImportC2cMsgRequest request = ImportC2cMsgRequest.builder()
        .syncFromOldSystem(2).fromAccount("leckie").toAccount("peter").msgTimeStamp(1620808200L)
        .msgBody(List.of(text("see you"))).build();

    ImportC2cMsgRequest prepared = ids.withMsgSeqAndRandom(request);
    ImportC2cMsgRequest again = ids.withMsgSeqAndRandom(request.toBuilder().build());
    ImportC2cMsgRequest later = ids.withMsgSeqAndRandom(request.toBuilder().msgTimeStamp(1620808201L).build());
    ImportC2cMsgRequest seqGiven = ids.withMsgSeqAndRandom(request.toBuilder().msgSeq(7L).build());

    assertEquals(prepared.msgSeq(), again.msgSeq());
    assertEquals(prepared.msgRandom(), again.msgRandom());
    assertNotEquals(prepared.msgRandom(), later.msgRandom());
    assertEquals(7L, seqGiven.msgSeq().orElseThrow());
    assertEquals(prepared.msgRandom(), seqGiven.msgRandom(), "the other half of the same digest");
  }
}
