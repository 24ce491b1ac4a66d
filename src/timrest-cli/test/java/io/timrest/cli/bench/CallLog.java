package io.timrest.cli.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * An OkHttp interceptor that logs every attempt the client makes (each retry is an attempt of its
 * own): the command, the GroupId of an import_group_msg, when it was sent and answered, and the
 * answer's ErrorCode, so that the benchmark counts what the emulator answered, 60007 included.
 */
final class CallLog implements Interceptor {
  private static final Pattern ERROR_CODE = Pattern.compile("\"ErrorCode\"\\s*:\\s*(\\d+)");
  private static final Pattern GROUP_ID = Pattern.compile("\"GroupId\"\\s*:\\s*\"([^\"]*)\"");

  /** One attempt: {@code errorCode} -1 when the call failed without an answer. */
  record Attempt(String command, String groupId, long sentNanos, long answeredNanos, long answeredMillis, int errorCode) {
    boolean ok() {
      return errorCode == 0;
    }
  }

  private final List<Attempt> attempts = new ArrayList<>();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String path = request.url().encodedPath();
    String command = path.substring(path.lastIndexOf('/') + 1);
    String groupId = "";
    if (command.equals("import_group_msg") && request.body() != null) {
      Buffer body = new Buffer();
      request.body().writeTo(body);
      Matcher m = GROUP_ID.matcher(body.readUtf8());
      groupId = m.find() ? m.group(1) : "";
    }
    long sent = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      add(new Attempt(command, groupId, sent, System.nanoTime(), System.currentTimeMillis(), -1));
      throw e;
    }
    long answered = System.nanoTime();
    long answeredMillis = System.currentTimeMillis();
    Matcher m = ERROR_CODE.matcher(response.peekBody(1 << 16).string());
    add(new Attempt(command, groupId, sent, answered, answeredMillis, m.find() ? Integer.parseInt(m.group(1)) : -1));
    return response;
  }

  private synchronized void add(Attempt attempt) {
    attempts.add(attempt);
  }

  synchronized List<Attempt> attempts() {
    return new ArrayList<>(attempts);
  }
}
