package io.timrest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.ImportMsgOutcome;
import io.timrest.ImportResult;
import io.timrest.MsgElements;
import io.timrest.RetryPolicy;
import io.timrest.TimRestClient;
import io.timrest.TimTransportException;
import io.timrest.emulator.EmulatorConfig;
import io.timrest.emulator.MutableClock;
import io.timrest.emulator.TimEmulator;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportGroupRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.MsgElement;
import io.timrest.model.MultiaccountImportRequest;
import io.timrest.model.TIMTextElem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A caller that makes its own retries ({@link RetryPolicy#none()} in the client) and, after a
 * transport failure, simply sends the same request object again: the client derives every missing
 * {@code Random} from the message, so each re-send carries the values of the first and the server
 * de-duplicates it. Under dropped answers (after the server stored the batch) and gateway errors,
 * every message ends up stored exactly once, and every re-send is answered as imported.
 */
class CallerResendTest {
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  private static final int MESSAGES = 700;
  private static final int BATCH = 7;

  @Test
  void aCallerLoopResendingTheSameRequestObjectImportsEveryMessageExactlyOnce() {
    MutableClock clock = MutableClock.at(NOW);
    try (TimEmulator emulator = TimEmulator.start(EmulatorConfig.builder().clock(clock).build());
        TimRestClient client = emulator.clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
      client.multiaccountImport(MultiaccountImportRequest.builder()
          .accountList(List.of(AccountImportRequest.builder().userID("leckie").build()))
          .build()).requireAllImported();
      long created = NOW.getEpochSecond() - 86_400;
      String groupId = client.importGroup(ImportGroupRequest.builder()
          .type(ImportGroupRequest.TYPE_PUBLIC).name("resend").ownerAccount("leckie").createTime(created)
          .build()).groupId();
      emulator.faults().setSeed(11).setDropAfterCommitRate(0.10).setGatewayErrorRate(0.05);

      int transportFailures = 0;
      for (int first = 0; first < MESSAGES; first += BATCH) {
        List<ImportMsg> batch = new ArrayList<>();
        for (int i = first; i < first + BATCH; i++) {
          // Two messages a second, so that equal seconds occur inside and across batches.
          batch.add(ImportMsg.builder().fromAccount("leckie").sendTime(created + 1 + i / 2)
              .msgBody(List.of(MsgElements.text("message " + i))).build());
        }
        ImportGroupMsgRequest request = ImportGroupMsgRequest.builder().groupId(groupId).msgList(batch).build();
        while (true) {
          try {
            ImportResult result = client.importGroupMsg(request);
            for (ImportMsgOutcome outcome : result.outcomes()) {
              assertTrue(outcome.isImported(), () -> "a re-send must be de-duplicated, not refused: " + outcome);
            }
            break;
          } catch (TimTransportException e) {
            assertTrue(e.outcomeUnknown(), e::getMessage);
            transportFailures++;
          }
        }
      }
      emulator.faults().reset();

      assertTrue(transportFailures >= 5, "the faults happened: " + transportFailures);
      Map<String, Integer> stored = storedTexts(client, groupId);
      assertEquals(MESSAGES, stored.size(), "every message is stored");
      stored.forEach((text, count) -> assertEquals(1, count, text + " is stored once"));
    }
  }

  /** Every text of the group's history with how often it is stored. */
  private static Map<String, Integer> storedTexts(TimRestClient client, String groupId) {
    Map<String, Integer> texts = new HashMap<>();
    client.groupMessages(groupId).forEach(message -> {
      for (MsgElement element : message.msgBody().orElse(List.of())) {
        texts.merge(((TIMTextElem) element).msgContent().text(), 1, Integer::sum);
      }
    });
    return texts;
  }
}
