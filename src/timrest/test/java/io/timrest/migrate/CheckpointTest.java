package io.timrest.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {
  private static final String INPUT = "size=10,crc=0000abcd";

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("checkpoint");
  }

  @Test
  void countsSurviveReopeningAndTheLargestCountWins() throws IOException {
    try (Checkpoint checkpoint = Checkpoint.open(file(), INPUT)) {
      assertFalse(checkpoint.isResumed());
      checkpoint.done("G:team-1", 7);
      checkpoint.done("G:team-1", 14);
      checkpoint.done("G:team-1", 3); // smaller than known: ignored
      checkpoint.done("A", 100);
    }
    try (Checkpoint checkpoint = Checkpoint.open(file(), INPUT)) {
      assertTrue(checkpoint.isResumed());
      assertEquals(14, checkpoint.count("G:team-1"));
      assertEquals(100, checkpoint.count("A"));
      assertEquals(0, checkpoint.count("G:other"));
      assertEquals(0, checkpoint.tornLinesDropped());
    }
  }

  @Test
  void severalCountsGoInOneWriteInTheirOrderAndPrefixesSumUp() throws IOException {
    try (Checkpoint checkpoint = Checkpoint.open(file(), INPUT)) {
      Map<String, Long> step = new LinkedHashMap<>();
      step.put("fg1", 3L);
      step.put("m1", 20L);
      step.put("s1", 0L); // not larger than known: left out
      checkpoint.done(step);
      checkpoint.done("fc4", 2);
      assertEquals(5, checkpoint.sum("f"));
    }
    String content = Files.readString(file());
    assertTrue(content.endsWith(Checkpoint.Entry.format("fg1", "3") + Checkpoint.Entry.format("m1", "20")
        + Checkpoint.Entry.format("fc4", "2")), content);
    try (Checkpoint checkpoint = Checkpoint.open(file(), INPUT)) {
      assertEquals(20, checkpoint.count("m1"));
      assertEquals(5, checkpoint.sum("f"));
      assertEquals(0, checkpoint.sum("x"));
    }
  }

  @Test
  void aTornLastWriteAtAnyByteIsIgnoredAndTheLogStaysAppendable() throws IOException {
    try (Checkpoint checkpoint = Checkpoint.open(file(), INPUT)) {
      checkpoint.done("G:team-1", 7);
    }
    byte[] whole = Files.readAllBytes(file());
    byte[] last = Checkpoint.Entry.format("G:team-1", "14").getBytes(StandardCharsets.UTF_8);
    for (int torn = 0; torn < last.length; torn++) { // every prefix of the line, the complete line excluded
      byte[] content = Arrays.copyOf(whole, whole.length + torn);
      System.arraycopy(last, 0, content, whole.length, torn);
      Files.write(file(), content);

      try (Checkpoint checkpoint = Checkpoint.open(file(), INPUT)) {
        assertEquals(7, checkpoint.count("G:team-1"), "torn after " + torn + " bytes");
        assertEquals(torn == 0 ? 0 : 1, checkpoint.tornLinesDropped());
        checkpoint.done("G:team-1", 21);
      }
      try (Checkpoint checkpoint = Checkpoint.open(file(), INPUT)) {
        assertEquals(21, checkpoint.count("G:team-1"), "appended after a write torn after " + torn + " bytes");
        assertEquals(0, checkpoint.tornLinesDropped());
      }
    }
  }

  @Test
  void aCompleteLastLineWithAWrongChecksumIsTornToo() throws IOException {
    try (Checkpoint checkpoint = Checkpoint.open(file(), INPUT)) {
      checkpoint.done("A", 100);
    }
    String damaged = Checkpoint.Entry.format("A", "200").replace(" A 200", " A 900");
    Files.writeString(file(), Files.readString(file()) + damaged);

    try (Checkpoint checkpoint = Checkpoint.open(file(), INPUT)) {
      assertEquals(100, checkpoint.count("A"));
      assertEquals(1, checkpoint.tornLinesDropped());
    }
  }

  @Test
  void damageBeforeTheLastLineIsRefusedRatherThanGuessed() throws IOException {
    try (Checkpoint checkpoint = Checkpoint.open(file(), INPUT)) {
      checkpoint.done("A", 100);
      checkpoint.done("A", 200);
    }
    String content = Files.readString(file());
    Files.writeString(file(), content.replace(" A 100", " A 700"));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Checkpoint.open(file(), INPUT));
    assertTrue(e.getMessage().contains("line 2 is damaged"), e.getMessage());
  }

  @Test
  void theCheckpointOfAnotherInputIsRefused() throws IOException {
    Checkpoint.open(file(), INPUT).close();

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Checkpoint.open(file(), "size=11,crc=0000abcd"));
    assertTrue(e.getMessage().contains("checkpoint of another input file"), e.getMessage());
  }

  @Test
  void aFileThatIsNoCheckpointIsRefused() throws IOException {
    Files.writeString(file(), "hello\nworld\n");

    assertThrows(IllegalStateException.class, () -> Checkpoint.open(file(), INPUT));
  }

  @Test
  void theInputIdentityChangesWithTheContent() throws IOException {
    Path input = dir.resolve("history.jsonl");
    Files.writeString(input, "{\"type\":\"account\",\"UserID\":\"alice\"}\n");
    String before = Checkpoint.identityOf(input);
    Files.writeString(input, "{\"type\":\"account\",\"UserID\":\"alicf\"}\n");

    assertFalse(before.equals(Checkpoint.identityOf(input)));
  }

  @Test
  void aCheckpointInUseByAnotherRunIsRefusedUntilThatRunEnds() throws IOException {
    try (Checkpoint first = Checkpoint.open(file(), INPUT)) {
      first.done("g0", 7);
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> Checkpoint.open(file(), INPUT));
      assertTrue(e.getMessage().contains("in use by another migration run"), e.getMessage());
    }
    try (Checkpoint again = Checkpoint.open(file(), INPUT)) {
      assertEquals(7, again.count("g0"), "the refused open changed nothing");
    }
  }
}
