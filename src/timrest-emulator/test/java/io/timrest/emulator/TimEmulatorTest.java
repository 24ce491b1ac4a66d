package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Lifecycle, defaults and configuration of the emulator. */
class TimEmulatorTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    try (TimEmulator emu = TimEmulator.start()) {
      assertEquals(1_400_000_000L, emu.config().sdkAppId());
      assertEquals("administrator", emu.config().adminIdentifier());
      assertEquals(200, emu.config().rateLimitPerSecond());
      assertTrue(emu.secretKey().matches("[0-9a-f]{64}"));
    }
  }

  @Test
  void eachDefaultInstanceHasItsOwnSecretKey() {
    try (TimEmulator a = TimEmulator.start(); TimEmulator b = TimEmulator.start()) {
      assertNotEquals(a.secretKey(), b.secretKey());
    }
  }

  @Test
  void configToStringNeverPrintsTheSecretKey() {
    EmulatorConfig config = EmulatorConfig.builder().secretKey("very-secret-key-123").build();
    assertFalse(config.toString().contains("very-secret-key-123"), config.toString());
    try (TimEmulator emu = TimEmulator.start(config)) {
      assertFalse(emu.toString().contains("very-secret-key-123"));
    }
  }

  @Test
  void baseUrlIsLoopbackWithTheChosenPortAndATrailingSlash() {
    try (TimEmulator emu = TimEmulator.start()) {
      assertTrue(emu.port() > 0);
      assertEquals("http://127.0.0.1:" + emu.port() + "/", emu.baseUrl());
    }
  }

  @Test
  void closeStopsListeningAndIsIdempotent() throws IOException {
    TimEmulator emu = TimEmulator.start();
    int port = emu.port();
    emu.close();
    emu.close();
    try (Socket socket = new Socket()) {
      assertThrows(ConnectException.class, () -> socket.connect(new InetSocketAddress("127.0.0.1", port), 1000));
    }
  }

  @Test
  void stateIsPerInstance() {
    try (Harness a = new Harness(); Harness b = new Harness()) {
      String group = a.createGroup("Public");
      assertEquals(10010, b.code("group_open_http_svc/send_group_msg", "{\"GroupId\":\"" + group
          + "\",\"Random\":1,\"MsgBody\":" + Harness.text("x") + "}"));
    }
  }

  @Test
  void builderRefusesNonsense() {
    assertThrows(IllegalArgumentException.class, () -> EmulatorConfig.builder().sdkAppId(0));
    assertThrows(IllegalArgumentException.class, () -> EmulatorConfig.builder().port(70_000));
    assertThrows(IllegalArgumentException.class, () -> EmulatorConfig.builder().rateLimitPerSecond(-1));
    assertThrows(IllegalArgumentException.class, () -> EmulatorConfig.builder().adminIdentifier(""));
    assertThrows(NullPointerException.class, () -> EmulatorConfig.builder().clock(null));
  }

  @Test
  void mutableClockMovesOnlyWhenTold() {
    MutableClock clock = MutableClock.at(Instant.parse("2024-01-01T00:00:00Z"));
    assertEquals(Instant.parse("2024-01-01T00:00:00Z"), clock.instant());
    clock.advance(Duration.ofMinutes(5));
    assertEquals(Instant.parse("2024-01-01T00:05:00Z"), clock.instant());
    clock.set(Instant.EPOCH);
    assertEquals(Instant.EPOCH, clock.withZone(ZoneId.of("Asia/Shanghai")).instant());
  }
}
