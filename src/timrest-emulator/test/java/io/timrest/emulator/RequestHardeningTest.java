package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests a fuzzer sends: deep nesting, huge and invalid bodies, handler failures. Each gets an
 * HTTP 200 envelope with the service's documented code, never a dropped connection.
 */
class RequestHardeningTest {
  private final Harness h = new Harness();

  @AfterEach
  void stop() {
    h.close();
  }

  /** {@code {"MsgBody":} repeated {@code levels} times around {@code inner}. */
  static String nestedMsgBody(int levels, String inner) {
    StringBuilder json = new StringBuilder(levels * 12 + inner.length());
    json.append("{\"MsgBody\":".repeat(levels)).append(inner).append("}".repeat(levels));
    return json.toString();
  }

  @Test
  void thousandsOfNestedMsgBodiesAreAParseError() {
    assertEquals(90001, h.code("openim/modify_c2c_msg", nestedMsgBody(6000, "1")));
    assertEquals(60003, h.code("group_open_http_svc/import_group_msg", nestedMsgBody(3000, "1")));
    assertEquals(90001, h.code("openim/importmsg", nestedMsgBody(6000, "1")));
  }

  @Test
  void nestedMsgBodiesAroundAHugeStringAreAParseErrorWithoutCopyingEachLevel() {
    String huge = "\"" + "x".repeat(900_000) + "\"";
    assertEquals(90001, h.code("openim/modify_c2c_msg", nestedMsgBody(1500, huge)));
    h.importAccount("leckie");
  }

  @Test
  void nestingUpToTheLimitIsParsedAndOneMoreIsRefused() {
    String ok = "{\"A\":" + "[".repeat(Json.MAX_DEPTH - 1) + "]".repeat(Json.MAX_DEPTH - 1) + "}";
    String deep = "{\"A\":" + "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH) + "}";
    // Parsed, then refused for its fields; the deeper one is not parsed at all.
    assertEquals(20001, h.code("openim/modify_c2c_msg", ok));
    assertEquals(90001, h.code("openim/modify_c2c_msg", deep));
    String inBody = "{\"MsgBody\":" + "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH) + "}";
    assertEquals(60003, h.code("group_open_http_svc/send_group_msg", inBody));
  }

  @Test
  void aNestedMsgBodyInsideAMsgBodyIsKeptVerbatim() {
    h.importAccount("lumotuwe1");
    h.importAccount("lumotuwe2");
    String body = "[{\"MsgType\":\"TIMRelayElem\",\"MsgContent\":{\"MsgBody\":[{\"MsgType\":\"TIMTextElem\","
        + "\"MsgContent\":{\"Text\":\"a\"}}],  \"X\" : 1}}]";
    h.ok("openim/sendmsg", "{\"From_Account\":\"lumotuwe1\",\"To_Account\":\"lumotuwe2\",\"MsgRandom\":1,"
        + "\"MsgBody\":" + body + "}");
    Map<String, Object> page = h.ok("openim/admin_getroammsg", "{\"Operator_Account\":\"lumotuwe1\","
        + "\"Peer_Account\":\"lumotuwe2\",\"MaxCnt\":10,\"MinTime\":0,\"MaxTime\":" + h.nowSeconds() + "}");
    assertEquals(Harness.parse("{\"B\":" + body + "}").get("B"),
        Harness.list(page.get("MsgList")).get(0).get("MsgBody"));
  }

  @Test
  void invalidUtf8IsAParseError() throws IOException {
    byte[] prefix = "{\"GroupId\":\"".getBytes(StandardCharsets.UTF_8);
    for (byte[] bad : List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xed, (byte) 0xa0,
        (byte) 0x80}, new byte[] {(byte) 0xc0, (byte) 0xaf})) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(prefix);
      out.write(bad);
      out.write("\"}".getBytes(StandardCharsets.UTF_8));
      assertEquals(60003, codeOf(raw(h.url("group_open_http_svc/create_group"), out.toByteArray(), false)));
      assertEquals(90001, codeOf(raw(h.url("openim/modify_group_msg"), out.toByteArray(), false)));
    }
  }

  @Test
  void anOversizedBodyIsDrainedAndAnsweredWithTheTooLongCodeAndConnectionClose() throws IOException {
    byte[] body = ("{\"A\":\"" + "x".repeat(8 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
    for (String[] endpoint : new String[][] {{"openim/importmsg", "93000"},
        {"group_open_http_svc/import_group_msg", "10020"}, {"im_open_login_svc/account_import", "60003"}}) {
      String answer = raw(h.url(endpoint[0]), body, false);
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
      assertTrue(answer.toLowerCase().contains("\r\nconnection: close\r\n"), answer);
      assertEquals(Integer.parseInt(endpoint[1]), codeOf(answer));
    }
    // Chunked, with no Content-Length.
    assertEquals(93000, codeOf(raw(h.url("openim/importmsg"), body, true)));
    // And through OkHttp, which writes the whole body before it reads.
    assertEquals(93000, h.code("openim/importmsg", new String(body, StandardCharsets.UTF_8)));
    h.importAccount("leckie");
  }

  @Test
  void anUnexpectedFailureIsTheServicesInternalErrorAndALogLine() {
    List<LogRecord> records = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        synchronized (records) {
          records.add(record);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger logger = Logger.getLogger(TimEmulator.class.getName());
    logger.addHandler(handler);
    boolean parents = logger.getUseParentHandlers();
    logger.setUseParentHandlers(false);
    try {
      h.emu.replaceEndpoint("group_open_http_svc", "create_group", call -> {
        throw new IllegalStateException("boom");
      });
      h.emu.replaceEndpoint("openim", "sendmsg", call -> {
        throw new StackOverflowError();
      });
      assertEquals(10002, h.code("group_open_http_svc/create_group", "{}"));
      assertEquals(20005, h.code("openim/sendmsg", "{}"));
      h.importAccount("leckie");
      synchronized (records) {
        assertEquals(2, records.size(), records.toString());
        assertTrue(String.valueOf(records.get(0).getThrown()).contains("boom"), records.get(0).getMessage());
        assertTrue(records.get(1).getThrown() instanceof StackOverflowError);
      }
    } finally {
      logger.setUseParentHandlers(parents);
      logger.removeHandler(handler);
    }
  }

  private static long codeOf(String httpAnswer) {
    int start = httpAnswer.indexOf("\r\n\r\n");
    assertTrue(start > 0, httpAnswer);
    Map<String, Object> json = Harness.parse(httpAnswer.substring(start + 4));
    long code = Harness.num(json.get("ErrorCode"));
    assertEquals(code == 0 ? "OK" : "FAIL", json.get("ActionStatus"));
    return code;
  }

  /** The status line, headers and a Content-Length body, as text. */
  static String readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b == -1) {
        throw new IOException("connection closed after " + head.toString(StandardCharsets.ISO_8859_1));
      }
      head.write(b);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    byte[] body = in.readNBytes(length);
    if (body.length != length) {
      throw new IOException("short body after " + text);
    }
    return text + new String(body, StandardCharsets.UTF_8);
  }

  /** POSTs over a plain socket and returns the whole answer; the server must close or answer. */
  static String raw(HttpUrl url, byte[] body, boolean chunked) throws IOException {
    try (Socket socket = new Socket(url.host(), url.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      String head = "POST " + url.encodedPath() + "?" + url.encodedQuery() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/json; charset=utf-8\r\n"
          + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n") + "\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      if (chunked) {
        for (int i = 0; i < body.length; i += 65536) {
          int n = Math.min(65536, body.length - i);
          out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(body, i, n);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      } else {
        out.write(body);
      }
      out.flush();
      return readAnswer(socket.getInputStream());
    }
  }
}
