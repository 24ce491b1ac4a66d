package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connection settings from flags and environment variables; flags win; missing ones are named. */
class ConnectionTest {
  @TempDir
  Path dir;
  private CliFixture fixture;

  @BeforeEach
  void start() {
    fixture = new CliFixture(dir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void environmentAloneIsEnough() {
    Cli.Result result = fixture.cli().run("import-account", "--user-id", "env-user");

    assertEquals(0, result.code(), result::toString);
  }

  @Test
  void secretKeyItselfFromTheEnvironment() {
    Map<String, String> env = fixture.env();
    env.remove("TIMREST_SECRET_KEY_FILE");
    env.put("TIMREST_SECRET_KEY", CliFixture.SECRET_KEY);

    Cli.Result result = new Cli(env, CliFixture.SECRET_KEY).run("import-account", "--user-id", "env-user");

    assertEquals(0, result.code(), result::toString);
  }

  @Test
  void flagsAloneAreEnough() {
    Cli bare = new Cli(Map.of(), CliFixture.SECRET_KEY);

    Cli.Result result = bare.run("import-account", "--user-id", "flag-user",
        "--sdkappid", String.valueOf(CliFixture.SDK_APP_ID), "--identifier", CliFixture.ADMIN,
        "--secret-key-file", fixture.keyFile.toString(), "--base-url", fixture.emulator.baseUrl());

    assertEquals(0, result.code(), result::toString);
  }

  @Test
  void flagsWinOverTheEnvironment() {
    Map<String, String> env = fixture.env();
    env.put("TIMREST_SDKAPPID", "1400999999");
    env.put("TIMREST_BASE_URL", "http://127.0.0.1:1/");

    Cli.Result result = new Cli(env, CliFixture.SECRET_KEY).run("import-account", "--user-id", "u",
        "--sdkappid", String.valueOf(CliFixture.SDK_APP_ID), "--base-url", fixture.emulator.baseUrl());

    assertEquals(0, result.code(), result::toString);
  }

  @Test
  void aRegionFlagWinsOverABaseUrlVariable() {
    Map<String, String> env = fixture.env();

    Cli.Result result = new Cli(env, CliFixture.SECRET_KEY).run("import-account", "--user-id", "u",
        "--region", "atlantis");

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().contains("--region: region: unknown name 'atlantis'"), result::toString);
  }

  @Test
  void everyMissingSettingIsNamedWithBothWaysToGiveIt() {
    Map<String, String> env = new HashMap<>(fixture.env());
    String[][] expectations = {
        {"TIMREST_SDKAPPID", "missing setting: the SDKAppID: pass --sdkappid ID or set TIMREST_SDKAPPID"},
        {"TIMREST_IDENTIFIER", "missing setting: the App admin identifier: pass --identifier NAME or set TIMREST_IDENTIFIER"},
        {"TIMREST_SECRET_KEY_FILE", "missing setting: the secret key: pass --secret-key-file FILE or set TIMREST_SECRET_KEY_FILE"},
        {"TIMREST_BASE_URL", "missing setting: the region or base URL: pass --region NAME or --base-url URL or set TIMREST_REGION or TIMREST_BASE_URL"},
    };
    for (String[] expectation : expectations) {
      Map<String, String> without = new HashMap<>(env);
      without.remove(expectation[0]);

      Cli.Result result = new Cli(without, CliFixture.SECRET_KEY).run("import-account", "--user-id", "u");

      assertEquals(2, result.code(), result::toString);
      assertTrue(result.err().contains(expectation[1]), result::toString);
    }
  }

  @Test
  void bothSecretKeyVariablesAreAmbiguous() {
    Map<String, String> env = fixture.env();
    env.put("TIMREST_SECRET_KEY", CliFixture.SECRET_KEY);

    Cli.Result result = new Cli(env, CliFixture.SECRET_KEY).run("import-account", "--user-id", "u");

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().contains("both TIMREST_SECRET_KEY and TIMREST_SECRET_KEY_FILE are set"), result::toString);
  }

  @Test
  void plainHttpToARemoteHostIsRefused() {
    Cli.Result result = fixture.cli().run("import-account", "--user-id", "u", "--base-url", "http://example.com/");

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().contains("--base-url: baseUrl: plain http is allowed only for loopback hosts"),
        result::toString);
  }

  @Test
  void wrongSecretKeyIsAnApiError() {
    Map<String, String> env = fixture.env();
    env.remove("TIMREST_SECRET_KEY_FILE");
    env.put("TIMREST_SECRET_KEY", "not-the-key");

    Cli.Result result = new Cli(env, CliFixture.SECRET_KEY).run("import-account", "--user-id", "u");

    assertEquals(1, result.code(), result::toString);
    assertTrue(result.err().contains("ErrorCode 7000"), result::toString);
    assertTrue(!result.err().contains("not-the-key"), result::toString);
  }

  @Test
  void emulatorFlagRefusesSettingsItWouldIgnore() {
    Cli.Result result = fixture.cli().run("import-account", "--user-id", "u", "--emulator",
        "--base-url", fixture.emulator.baseUrl());

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().contains("remove --base-url"), result::toString);
  }

  /** A front of the fixture's emulator that counts requests, and a command line that goes through it. */
  private Cli throughFront(EmulatorFront front) {
    Map<String, String> env = fixture.env();
    env.put("TIMREST_BASE_URL", front.baseUrl());
    return new Cli(env, CliFixture.SECRET_KEY);
  }

  @Test
  void retriesZeroMakesAGatewayErrorFailAtOnce() {
    fixture.emulator.faults().setGatewayErrorRate(1.0);
    try (EmulatorFront front = new EmulatorFront(fixture.emulator.baseUrl())) {
      Cli.Result result = throughFront(front).run("import-account", "--user-id", "u", "--retries", "0");

      assertEquals(3, result.code(), result::toString);
      assertTrue(result.err().startsWith("error: transport: "), result::toString);
      assertTrue(result.err().contains("502"), result::toString);
      assertEquals(1, front.requests(), "attempts");
    }
  }

  @Test
  void retriesSetsHowOftenAFailedAttemptIsRepeated() {
    fixture.emulator.faults().setGatewayErrorRate(1.0);
    try (EmulatorFront front = new EmulatorFront(fixture.emulator.baseUrl())) {
      Cli cli = throughFront(front);

      Cli.Result twice = cli.run("import-account", "--user-id", "u", "--retries", "1");
      int afterTwice = front.requests();
      Cli.Result byDefault = cli.run("import-account", "--user-id", "u");

      assertEquals(3, twice.code(), twice::toString);
      assertEquals(2, afterTwice, "attempts with --retries 1");
      assertEquals(3, byDefault.code(), byDefault::toString);
      assertEquals(3, front.requests() - afterTwice, "attempts without --retries (RetryPolicy.defaults())");
    }
  }

  @Test
  void verbosePrintsEachAttemptAndRetryOnStandardErrorWithoutCredentials() {
    fixture.emulator.faults().setGatewayErrorRate(1.0);
    try (EmulatorFront front = new EmulatorFront(fixture.emulator.baseUrl())) {
      Cli.Result result = throughFront(front).run("import-account", "--user-id", "u", "--retries", "1", "--verbose");

      assertEquals(3, result.code(), result::toString);
      String err = result.err();
      assertTrue(err.contains("timrest: v4/im_open_login_svc/account_import: attempt 1 (random "), err);
      assertTrue(err.contains(": attempt 1 failed ("), err);
      assertTrue(err.contains("502"), err);
      assertTrue(err.contains("; retrying in "), err);
      assertTrue(err.contains(": attempt 2 (random "), err);
      assertTrue(err.contains(": transport_error after 2 attempt(s), "), err);
      assertFalse(err.contains(CliFixture.SECRET_KEY), err);
      assertFalse(err.toLowerCase(java.util.Locale.ROOT).contains("usersig="), err);
    }
  }

  @Test
  void withoutVerboseNoAttemptIsPrinted() {
    fixture.emulator.faults().setGatewayErrorRate(1.0);
    try (EmulatorFront front = new EmulatorFront(fixture.emulator.baseUrl())) {
      Cli.Result result = throughFront(front).run("import-account", "--user-id", "u", "--retries", "1");

      assertFalse(result.err().contains("attempt 1 ("), result::toString);
    }
  }

  @Test
  void timeoutBoundsAnAttemptThatGetsNoAnswer() {
    try (EmulatorFront front = new EmulatorFront(fixture.emulator.baseUrl())) {
      front.hold("account_import");

      Cli.Result result = throughFront(front).run("import-account", "--user-id", "u", "--timeout", "1",
          "--retries", "0");

      assertEquals(3, result.code(), result::toString);
      assertTrue(result.err().contains("timed out"), result::toString);
      assertEquals(1, front.requests(), "attempts");
    }
  }

  @Test
  void timeoutAndRetriesApplyToTheEmbeddedEmulatorToo() {
    Cli.Result result = new Cli(Map.of(), null).run("import-account", "--user-id", "u", "--emulator",
        "--timeout", "PT30S", "--retries", "0");

    assertEquals(0, result.code(), result::toString);
  }

  @Test
  void timeoutAndRetriesOutOfRangeAreUsageErrors() {
    Cli.Result zero = fixture.cli().run("import-account", "--user-id", "u", "--timeout", "0");
    Cli.Result negative = fixture.cli().run("import-account", "--user-id", "u", "--retries", "-1");

    assertEquals(2, zero.code(), zero::toString);
    assertTrue(zero.err().contains("option --timeout needs a duration"), zero::toString);
    assertEquals(2, negative.code(), negative::toString);
    assertTrue(negative.err().contains("--retries must be 0 or more"), negative::toString);
  }
}
