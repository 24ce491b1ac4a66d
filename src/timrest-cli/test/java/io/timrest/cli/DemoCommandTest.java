package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code timrest demo}, the README's command: exit 0 and a before/after view. */
class DemoCommandTest {
  private final Cli cli = new Cli(Map.of(), null);

  @Test
  void demoShowsEachModificationBeforeAndAfterAndExitsZero() {
    Cli.Result result = cli.run("demo");

    assertEquals(0, result.code(), result::toString);
    assertEquals("", result.err());
    String out = result.out();
    assertTrue(out.contains("20 messages in 3 batches (7 + 7 + 6)"), out);
    assertTrue(out.contains("before  If anyone gets lost on the day, call me on 415-555-0142."), out);
    assertTrue(out.contains("after   If anyone gets lost on the day, call me on [phone number removed]."), out);
    assertTrue(out.contains("before  Sure, see you at 7!"), out);
    assertTrue(out.contains("after   Sure, see you at 7:15, there is traffic on the bridge."), out);
    assertTrue(out.contains("[face #3 thumbs_up]") && out.contains("[custom: "), out);
    List<String> lines = out.strip().lines().toList();
    assertTrue(lines.get(lines.size() - 1).startsWith("OK: 4 accounts, 1 group, 3 members, 20 messages imported"), out);
    assertTrue(out.contains("2 C2C messages imported"), out);
  }

  @Test
  void demoFollowsTheDocumentedMigrationOrder() {
    String out = cli.run("demo").out();

    List<String> steps = List.of("(multiaccount_import)", "(import_group, CreateTime", "(import_group_member)",
        "(import_group_msg)", "(set_unread_msg_num)", "(importmsg, SyncFromOldSystem 2)");
    int previous = -1;
    for (String step : steps) {
      int at = out.indexOf(step);
      assertTrue(at > previous, step + " after the previous step in:\n" + out);
      previous = at;
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonSummaryIsMachineReadable() throws IOException {
    Cli.Result result = cli.run("demo", "--json");

    assertEquals(0, result.code(), result::toString);
    JsonAdapter<Map<String, Object>> adapter =
        Cli.MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    Map<String, Object> summary = adapter.fromJson(result.out());
    assertEquals(Boolean.TRUE, summary.get("ok"));
    assertEquals(20.0, summary.get("importedMessages"));
    assertEquals(List.of(7.0, 7.0, 6.0), summary.get("importBatches"));
    List<Map<String, Object>> modifications = (List<Map<String, Object>>) summary.get("modifications");
    assertEquals(2, modifications.size());
    for (Map<String, Object> modification : modifications) {
      assertEquals(Boolean.TRUE, modification.get("verified"), modification::toString);
    }
  }
}
