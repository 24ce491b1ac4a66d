package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the message endpoints: valid requests mutated by truncation, deep nesting,
 * huge strings, invalid UTF-8, wrong types and oversized bodies. Every request must get an HTTP
 * 200 JSON envelope within the time bound, never the internal-error code of an emulator bug, and
 * the emulator must keep serving afterwards.
 */
class EmulatorFuzzTest {
  private static final long SEED = 0x5EED_2026L;
  private static final int REQUESTS = 400;
  private static final Duration PER_REQUEST = Duration.ofSeconds(10);
  private static final Set<Long> INTERNAL_ERRORS = Set.of(10002L, 20005L, 70500L);
  private static final String[] WRONG_VALUES = {
    "null", "true", "0", "-1", "4294967296", "18446744073709551616", "1.5", "1e400", "\"\"", "\"x\"", "[]", "{}",
    "[1,2]", "{\"MsgType\":1}", "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":[]}]", "\"\\u0000\"", "\"\\ud800\""};

  private final Harness h = new Harness();
  private OkHttpClient http;
  private String group;

  @BeforeEach
  void setUp() {
    http = h.http.newBuilder().callTimeout(PER_REQUEST).build();
    h.importAccount("lumotuwe1");
    h.importAccount("lumotuwe2");
    long created = h.nowSeconds();
    group = h.createGroup("Public");
    h.clock.advance(Duration.ofHours(1));
    h.sendGroupText(group, 1, "hello");
    h.ok("group_open_http_svc/import_group_msg", importGroupMsg(created + 1));
    h.ok("openim/importmsg", importMsg());
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private String importGroupMsg(long sendTime) {
    return "{\"GroupId\":\"" + group + "\",\"MsgList\":[{\"From_Account\":\"lumotuwe1\",\"SendTime\":" + sendTime
        + ",\"Random\":7,\"MsgBody\":" + Harness.text("imported") + "}]}";
  }

  private String importMsg() {
    return "{\"SyncFromOldSystem\":2,\"From_Account\":\"lumotuwe1\",\"To_Account\":\"lumotuwe2\",\"MsgSeq\":3,"
        + "\"MsgRandom\":4,\"MsgTimeStamp\":" + (h.nowSeconds() - 10) + ",\"MsgBody\":" + Harness.text("c2c") + "}";
  }

  private String[][] seeds() {
    long time = h.nowSeconds() - 10;
    return new String[][] {
      {"group_open_http_svc/import_group_msg", importGroupMsg(time)},
      {"openim/modify_group_msg", "{\"GroupId\":\"" + group + "\",\"MsgSeq\":1,\"MsgBody\":" + Harness.text("new")
          + ",\"CloudCustomData\":\"data\"}"},
      {"openim/modify_c2c_msg", "{\"From_Account\":\"lumotuwe1\",\"To_Account\":\"lumotuwe2\",\"MsgKey\":\"3_4_"
          + time + "\",\"MsgBody\":" + Harness.text("changed") + "}"},
      {"openim/importmsg", importMsg()},
    };
  }

  @Test
  void malformedRequestsAreAllAnsweredAndTheEmulatorKeepsServing() throws IOException {
    SplittableRandom random = new SplittableRandom(SEED);
    String[][] seeds = seeds();
    for (int i = 0; i < REQUESTS; i++) {
      String[] seed = seeds[random.nextInt(seeds.length)];
      int kind = random.nextInt(8);
      byte[] body = mutate(seed[1], kind, random);
      HttpUrl url = h.url(seed[0]);
      String what = "request " + i + " (seed " + SEED + ", mutation " + kind + ", " + body.length + " bytes) to "
          + seed[0];
      long started = System.nanoTime();
      try (Response response = http.newCall(new Request.Builder().url(url)
          .post(RequestBody.create(body, Harness.JSON)).build()).execute()) {
        assertEquals(200, response.code(), what);
        Map<String, Object> answer = Harness.parse(response.body().string());
        long code = Harness.num(answer.get("ErrorCode"));
        assertEquals(code == 0 ? "OK" : "FAIL", answer.get("ActionStatus"), what);
        assertTrue(answer.get("ErrorInfo") instanceof String, what);
        assertTrue(!INTERNAL_ERRORS.contains(code), () -> what + ": an emulator failure: " + answer);
      } catch (IOException e) {
        fail(what + ": no answer", e);
      }
      assertTrue(System.nanoTime() - started < PER_REQUEST.toNanos(), what + ": too slow");
    }
    // A few bad URLs: the documented codes, still as envelopes.
    assertEquals(60009, h.code("openim/no_such_command", seeds[0][1]));
    assertEquals(60009, h.code("no_such_service/importmsg", seeds[0][1]));

    // Still serving, with the state the fuzzing left.
    h.importAccount("after_fuzzing");
    h.ok("openim/modify_group_msg", "{\"GroupId\":\"" + group + "\",\"MsgSeq\":1,\"CloudCustomData\":\"after\"}");
    assertNotEquals(0, h.history(group, 10).size());
  }

  private static byte[] mutate(String seed, int kind, SplittableRandom random) {
    byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
    switch (kind) {
      case 0: // truncated
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
      case 1: // invalid UTF-8 (or random bytes) written over or into the body
        {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          int at = random.nextInt(bytes.length);
          out.write(bytes, 0, at);
          byte[][] bad = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xc0, (byte) 0xaf},
              {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) random.nextInt(256)}, {0}};
          byte[] insert = bad[random.nextInt(bad.length)];
          out.write(insert, 0, insert.length);
          int skip = random.nextBoolean() ? 1 : 0;
          out.write(bytes, Math.min(bytes.length, at + skip), bytes.length - Math.min(bytes.length, at + skip));
          return out.toByteArray();
        }
      case 2: // deep nesting, as the value of a field or a MsgBody
        {
          int levels = 60 + random.nextInt(6000);
          String open = random.nextBoolean() ? "{\"MsgBody\":" : random.nextBoolean() ? "[" : "{\"A\":";
          String close = open.equals("[") ? "]" : "}";
          String inner = open.repeat(levels) + "1" + close.repeat(random.nextInt(4) == 0 ? levels / 2 : levels);
          return replaceValue(seed, random.nextBoolean() ? "MsgBody" : null, inner, random);
        }
      case 3: // a huge string
        {
          String huge = "\"" + "\u00e9x\\n".repeat(10_000 + random.nextInt(300_000)) + "\"";
          return replaceValue(seed, null, huge, random);
        }
      case 4: // a field of the wrong type
      case 5:
        return replaceValue(seed, null, WRONG_VALUES[random.nextInt(WRONG_VALUES.length)], random);
      case 6: // random byte flips
        {
          byte[] copy = bytes.clone();
          for (int n = 1 + random.nextInt(4); n > 0; n--) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
          }
          return copy;
        }
      default: // oversized, rarely; otherwise a nested MsgBody around a long string
        if (random.nextInt(5) == 0) {
          return replaceValue(seed, null, "\"" + "y".repeat((1 << 20) + random.nextInt(100_000)) + "\"", random);
        }
        return replaceValue(seed, "MsgBody", "{\"MsgBody\":".repeat(1 + random.nextInt(1500)) + "\""
            + "z".repeat(random.nextInt(50_000)) + "\"" + "}".repeat(1 + random.nextInt(1500)), random);
    }
  }

  /** The seed with the value of {@code key} (or of a random top-level key) replaced by {@code value}. */
  private static byte[] replaceValue(String seed, String key, String value, SplittableRandom random) {
    Map<String, Object> parsed = Harness.parse(seed);
    List<String> keys = List.copyOf(parsed.keySet());
    String name = key != null && parsed.containsKey(key) ? key : keys.get(random.nextInt(keys.size()));
    int at = seed.indexOf("\"" + name + "\":") + name.length() + 3;
    int end = valueEnd(seed, at);
    return (seed.substring(0, at) + value + seed.substring(end)).getBytes(StandardCharsets.UTF_8);
  }

  /** The index after the JSON value starting at {@code start} (the seeds have no braces in strings). */
  private static int valueEnd(String json, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          if (depth == 0) {
            return i + 1;
          }
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return i;
        }
        if (--depth == 0) {
          return i + 1;
        }
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return json.length();
  }
}
