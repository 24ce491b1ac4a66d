package io.timrest.cli;

import io.timrest.emulator.EmulatorConfig;
import io.timrest.emulator.MutableClock;
import io.timrest.emulator.TimEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An emulator whose clock starts an hour in the past (so that a group created now can receive
 * imported history once the clock is moved to the present), its key in a file, and the
 * environment that points the command line at it.
 */
final class CliFixture implements AutoCloseable {
  static final String SECRET_KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
  static final long SDK_APP_ID = 1_400_000_123L;
  static final String ADMIN = "administrator";

  final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
  final MutableClock clock = MutableClock.at(start);
  final TimEmulator emulator;
  final Path keyFile;

  CliFixture(Path dir) {
    this(dir, UnaryOperator.identity());
  }

  /** A fixture whose emulator has {@code settings} besides the fixture's own (say, no rate limit). */
  CliFixture(Path dir, UnaryOperator<EmulatorConfig.Builder> settings) {
    emulator = TimEmulator.start(settings.apply(EmulatorConfig.builder()
        .sdkAppId(SDK_APP_ID).adminIdentifier(ADMIN).secretKey(SECRET_KEY).clock(clock)).build());
    try {
      keyFile = Files.writeString(dir.resolve("secret.key"), SECRET_KEY + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The environment with every setting, the key given as a file. */
  Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("TIMREST_SDKAPPID", String.valueOf(SDK_APP_ID));
    env.put("TIMREST_IDENTIFIER", ADMIN);
    env.put("TIMREST_SECRET_KEY_FILE", keyFile.toString());
    env.put("TIMREST_BASE_URL", emulator.baseUrl());
    return env;
  }

  Cli cli() {
    return new Cli(env(), SECRET_KEY);
  }

  /** Moves the emulator's clock to the present: history between start and now can be imported. */
  void moveClockToNow() {
    clock.set(Instant.now());
  }

  @Override
  public void close() {
    emulator.close();
  }
}
