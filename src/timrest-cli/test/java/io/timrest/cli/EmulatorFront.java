package io.timrest.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A front of an emulator on 127.0.0.1 that passes every request on and counts them, so that a
 * test can tell that a command made no call at all, or know that a command in another process
 * has come as far as a given call. It can hold the requests to one endpoint: they never get an
 * answer until the front closes, as if the service hung there.
 */
final class EmulatorFront implements AutoCloseable {
  private final String target;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "emulator-front");
    thread.setDaemon(true);
    return thread;
  });
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private int requests;
  private final CountDownLatch held = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile Predicate<String> hold = path -> false;

  /** A front of the server at {@code target}, a base URL with its trailing slash. */
  EmulatorFront(String target) {
    this.target = target.substring(0, target.length() - 1);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL of the front, for TIMREST_BASE_URL. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** How many requests came in so far. */
  synchronized int requests() {
    return requests;
  }

  /** Waits until {@code count} requests came in, in all, for at most {@code timeout}; false when they did not. */
  synchronized boolean awaitRequests(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (requests < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  private synchronized void countRequest() {
    requests++;
    notifyAll();
  }

  /** Holds every request whose path ends with {@code /operation}, from now on. */
  void hold(String operation) {
    hold = path -> path.endsWith("/" + operation);
  }

  /** Waits until a request is held, for at most {@code timeout}; false when none was. */
  boolean awaitHeld(Duration timeout) throws InterruptedException {
    return held.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      countRequest();
      String path = exchange.getRequestURI().getRawPath();
      if (hold.test(path)) {
        held.countDown();
        try {
          closed.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      String query = exchange.getRequestURI().getRawQuery();
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + path + (query == null ? "" : "?" + query)))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      HttpResponse<byte[]> response;
      try {
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        return; // the emulator dropped the connection: so does the front
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      response.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
      // 0 would announce a chunked body to the JDK's server; -1 is "no body".
      exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
