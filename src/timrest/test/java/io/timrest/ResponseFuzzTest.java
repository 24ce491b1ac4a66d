package io.timrest;

import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.modifyC2c;
import static io.timrest.ClientTestSupport.modifyGroup;
import static io.timrest.ClientTestSupport.seedImport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mutated answers to import_group_msg, modify_c2c_msg and modify_group_msg, from a fixed seed, over
 * the blocking methods and their async twins. Whatever arrives, a call ends within its call timeout
 * in a {@link TimRestException} or in a success that a strict reading of the answer confirms; a
 * mutation that breaks the answer (truncation, a status other than 200, trailing data, a duplicate
 * or mistyped envelope field, an oversized body) never succeeds.
 */
class ResponseFuzzTest {
  private static final long SEED = 20261201L;
  private static final int ANSWERS = 400;
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);
  /** Each call's bound: its call timeout, with room for a slow build machine. */
  private static final long BOUND_SECONDS = 8;
  private static final long MAX_RESPONSE = 64 * 1024;

  private static final String IMPORT_OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\","
      + "\"ImportMsgResult\":[{\"MsgSeq\":7,\"MsgTime\":1620808101,\"Result\":0},{\"MsgSeq\":8,\"MsgTime\":1620892821,\"Result\":0}]}";
  private static final String MODIFY_OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";

  private static final String[] ODD_VALUES = {
      "\"0\"", "0.0", "1e-400", "1e999", "-1", "99999999999999999999999", "true", "null", "[]", "{}",
      "\"\"", "\"OK\"", "-0", "0x10", "NaN", "\"\\u0000\"",
  };
  private static final int[] STATUSES = {201, 202, 203, 204, 206, 301, 302, 304, 400, 404, 429, 500, 502, 503};

  private enum Mutation {
    TRUNCATE(true), STATUS(true), TRAILING(true), DUPLICATE_ENVELOPE_KEY(true), ENVELOPE_WRONG_TYPE(true),
    BOMB(true), FLIP_BYTES(false), ODD_VALUE(false), INSERT_GARBAGE(false);

    final boolean breaksTheAnswer;

    Mutation(boolean breaksTheAnswer) {
      this.breaksTheAnswer = breaksTheAnswer;
    }
  }

  private MockWebServer server;
  private TimRestClient client;
  private volatile MockResponse current;

  @BeforeEach
  void start() {
    server = ClientTestSupport.startServer(() -> current);
    client = clientFor(server).retryPolicy(RetryPolicy.none())
        .callTimeout(CALL_TIMEOUT).maxResponseSize(MAX_RESPONSE).build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  @Test
  void mutatedAnswersEndInTimRestExceptionsOrConfirmedSuccess() throws Exception {
    Random random = new Random(SEED);
    Mutation[] mutations = Mutation.values();
    int failures = 0;
    for (int i = 0; i < ANSWERS; i++) {
      boolean importing = random.nextInt(3) == 0 || i % 2 == 0;
      String base = importing ? IMPORT_OK : MODIFY_OK;
      Mutation mutation = mutations[random.nextInt(mutations.length)];
      Answer answer = mutate(base, mutation, random);
      current = answer.response;
      boolean async = random.nextBoolean();
      String what = "answer " + i + " (" + mutation + ", " + (async ? "async" : "sync") + "): " + answer.description;
      Throwable failure = outcome(call(importing, async, random.nextBoolean()), what);
      if (failure == null) {
        if (mutation.breaksTheAnswer || !confirmedOk(answer)) {
          fail("success from garbage, " + what);
        }
      } else {
        failures++;
        if (!(failure instanceof TimRestException)) {
          throw new AssertionError("not a TimRestException, " + what, failure);
        }
      }
    }
    assertTrue(failures > ANSWERS / 2, "most mutations break the answer: " + failures);
  }

  private Supplier<CompletableFuture<?>> call(boolean importing, boolean async, boolean c2c) {
    if (importing) {
      return async
          ? () -> client.importGroupMsgAsync(seedImport())
          : () -> CompletableFuture.supplyAsync(() -> client.importGroupMsg(seedImport()));
    }
    if (c2c) {
      return async
          ? () -> client.modifyC2cMsgAsync(modifyC2c())
          : () -> CompletableFuture.supplyAsync(() -> client.modifyC2cMsg(modifyC2c()));
    }
    return async
        ? () -> client.modifyGroupMsgAsync(modifyGroup())
        : () -> CompletableFuture.supplyAsync(() -> client.modifyGroupMsg(modifyGroup()));
  }

  /** What the call failed with, or null for success; a call that outlives its bound fails the test. */
  private static Throwable outcome(Supplier<CompletableFuture<?>> call, String what) throws InterruptedException {
    CompletableFuture<?> future = call.get();
    try {
      future.get(BOUND_SECONDS, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      Throwable failure = e.getCause();
      // supplyAsync wraps what the blocking method threw; the async twins must not.
      return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
          && !(failure.getCause() instanceof java.util.concurrent.CompletionException)
          ? failure.getCause() : failure;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AssertionError("no end within " + BOUND_SECONDS + " s, " + what);
    }
  }

  /** An independent, strict reading: an object whose ActionStatus is "OK" and ErrorCode the integer 0. */
  private static boolean confirmedOk(Answer answer) {
    if (answer.status != 200 || answer.text == null) {
      return false;
    }
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(answer.text));
      Object value = reader.readJsonValue();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT || !(value instanceof Map)) {
        return false;
      }
      Map<?, ?> envelope = (Map<?, ?>) value;
      return "OK".equals(envelope.get("ActionStatus"))
          && Double.valueOf(0).equals(envelope.get("ErrorCode"))
          && answer.text.matches("(?s).*\"ErrorCode\":0[,}].*");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private record Answer(MockResponse response, int status, String text, String description) {
  }

  private static Answer mutate(String base, Mutation mutation, Random random) {
    switch (mutation) {
      case TRUNCATE: {
        String text = base.substring(0, random.nextInt(base.length()));
        return json(200, text);
      }
      case STATUS: {
        int status = STATUSES[random.nextInt(STATUSES.length)];
        MockResponse.Builder response = new MockResponse.Builder().code(status)
            .setHeader("Content-Type", "application/json");
        if (status != 204 && status != 304) {
          response.body(base);
        }
        if (status / 100 == 3) {
          response.setHeader("Location", "/elsewhere");
        }
        return new Answer(response.build(), status, base, "HTTP " + status);
      }
      case TRAILING: {
        String[] tails = {"x", "}", "]", "{}", ",", MODIFY_OK, "\"", "0", "\u0000"};
        return json(200, base + tails[random.nextInt(tails.length)]);
      }
      case DUPLICATE_ENVELOPE_KEY: {
        String[] duplicates = {"\"ActionStatus\":\"OK\",", "\"ErrorCode\":0,", "\"ActionStatus\":\"FAIL\",",
            "\"ErrorCode\":70001,"};
        String duplicate = duplicates[random.nextInt(duplicates.length)];
        String text = random.nextBoolean()
            ? "{" + duplicate + base.substring(1)
            : base.substring(0, base.length() - 1) + "," + duplicate.substring(0, duplicate.length() - 1) + "}";
        return json(200, text);
      }
      case ENVELOPE_WRONG_TYPE: {
        String odd = ODD_VALUES[random.nextInt(ODD_VALUES.length)];
        String text = random.nextBoolean()
            ? base.replace("\"ErrorCode\":0", "\"ErrorCode\":" + (odd.equals("-0") ? "0.0" : odd))
            : base.replace("\"ActionStatus\":\"OK\"", "\"ActionStatus\":" + (odd.equals("\"OK\"") ? "1" : odd));
        return json(200, text);
      }
      case BOMB: {
        String text = base.substring(0, base.length() - 1) + " ".repeat((int) MAX_RESPONSE * (2 + random.nextInt(30))) + "}";
        Buffer gzipped = gzip(text);
        MockResponse response = new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
            .setHeader("Content-Encoding", "gzip").body(gzipped).build();
        return new Answer(response, 200, text, "gzip of " + text.length() + " bytes in " + gzipped.size());
      }
      case FLIP_BYTES: {
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        int flips = 1 + random.nextInt(3);
        for (int f = 0; f < flips; f++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return raw(bytes);
      }
      case ODD_VALUE: {
        // Replace one number or string value (after a ':') with an odd one.
        int colon = nthColon(base, random);
        int end = colon + 1;
        while (end < base.length() && ",}]".indexOf(base.charAt(end)) < 0) {
          end++;
        }
        String odd = ODD_VALUES[random.nextInt(ODD_VALUES.length)];
        return json(200, base.substring(0, colon + 1) + odd + base.substring(end));
      }
      case INSERT_GARBAGE: {
        String[] garbage = {"\u0000", "\uFFFF", "<html>", "\\", "\"", "{", "[", "//", "/*", "\uD800", "\r\n"};
        int at = random.nextInt(base.length());
        return json(200, base.substring(0, at) + garbage[random.nextInt(garbage.length)] + base.substring(at));
      }
      default:
        throw new AssertionError(mutation);
    }
  }

  private static int nthColon(String text, Random random) {
    int colons = 0;
    for (char c : text.toCharArray()) {
      colons += c == ':' ? 1 : 0;
    }
    int target = random.nextInt(colons);
    int index = -1;
    for (int n = 0; n <= target; n++) {
      index = text.indexOf(':', index + 1);
    }
    return index;
  }

  private static Answer json(int status, String text) {
    MockResponse response = new MockResponse.Builder().code(status)
        .setHeader("Content-Type", "application/json").body(text).build();
    return new Answer(response, status, text, text.length() > 300 ? text.substring(0, 300) + "..." : text);
  }

  private static Answer raw(byte[] bytes) {
    MockResponse response = new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(new Buffer().write(bytes)).build();
    // Decoded as the client's reader decodes it: invalid UTF-8 becomes U+FFFD.
    String text = new String(bytes, StandardCharsets.UTF_8);
    return new Answer(response, 200, text, text);
  }

  private static Buffer gzip(String text) {
    Buffer compressed = new Buffer();
    try (BufferedSink sink = Okio.buffer(new GzipSink(compressed))) {
      sink.writeUtf8(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return compressed;
  }

  @Test
  void fuzzIsDeterministic() {
    assertEquals(mutate(IMPORT_OK, Mutation.ODD_VALUE, new Random(SEED)).text,
        mutate(IMPORT_OK, Mutation.ODD_VALUE, new Random(SEED)).text);
  }
}
