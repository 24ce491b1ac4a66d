package io.timrest.cli;

import io.timrest.Region;
import io.timrest.TimRestClient;
import io.timrest.emulator.EmulatorConfig;
import io.timrest.emulator.TimEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Turns connection settings (flags first, then environment variables) into a {@link TimRestClient},
 * or starts an embedded emulator for one command ({@code --emulator}). The secret key is read from
 * a file or from the environment only: never from the command line, where {@code ps} shows it.
 */
final class Connection implements AutoCloseable {
  static final String ENV_SDKAPPID = "TIMREST_SDKAPPID";
  static final String ENV_IDENTIFIER = "TIMREST_IDENTIFIER";
  static final String ENV_SECRET_KEY = "TIMREST_SECRET_KEY";
  static final String ENV_SECRET_KEY_FILE = "TIMREST_SECRET_KEY_FILE";
  static final String ENV_REGION = "TIMREST_REGION";
  static final String ENV_BASE_URL = "TIMREST_BASE_URL";

  static final Option SDKAPPID = Option.value("--sdkappid", "ID",
      "the app's SDKAppID (or " + ENV_SDKAPPID + ")");
  static final Option IDENTIFIER = Option.value("--identifier", "NAME",
      "the App admin account to act as (or " + ENV_IDENTIFIER + ")");
  static final Option SECRET_KEY_FILE = Option.value("--secret-key-file", "FILE",
      "file holding the app's secret key (or " + ENV_SECRET_KEY_FILE + ", or the key itself in "
          + ENV_SECRET_KEY + ")");
  static final Option REGION = Option.value("--region", "NAME",
      "data centre of the app: " + regionNames() + " (or " + ENV_REGION + ")");
  static final Option BASE_URL = Option.value("--base-url", "URL",
      "custom base URL instead of --region: https, or http to loopback (or " + ENV_BASE_URL + ")");
  static final Option EMULATOR = Option.flag("--emulator",
      "call an embedded emulator started for this one command (empty state, random key);"
          + " --sdkappid and --identifier then configure it");

  /** What signing a UserSig needs. */
  static final List<Option> SIGNING_OPTIONS = List.of(SDKAPPID, IDENTIFIER, SECRET_KEY_FILE);
  /** What calling the API needs. */
  static final List<Option> OPTIONS = List.of(SDKAPPID, IDENTIFIER, SECRET_KEY_FILE, REGION, BASE_URL, EMULATOR);

  static final String SECRET_KEY_REFUSED = "--secret-key is not accepted: a key on the command line"
      + " is visible to every user of the machine (ps, /proc) and stays in shell history. Put the"
      + " key in a file only you can read (chmod 600) and pass --secret-key-file FILE, or set "
      + ENV_SECRET_KEY_FILE + "=FILE or " + ENV_SECRET_KEY;

  static final String SIGNING_ENV_HELP = String.join("\n",
      "Environment (a flag wins over its variable):",
      "  " + ENV_SDKAPPID + "         the app's SDKAppID, like --sdkappid",
      "  " + ENV_IDENTIFIER + "       the App admin account, like --identifier",
      "  " + ENV_SECRET_KEY_FILE + "  file holding the secret key, like --secret-key-file",
      "  " + ENV_SECRET_KEY + "       the secret key itself (there is no flag for it: ps would show it)");

  static final String ENV_HELP = String.join("\n",
      SIGNING_ENV_HELP,
      "  " + ENV_REGION + "           data centre, like --region",
      "  " + ENV_BASE_URL + "         custom base URL, like --base-url (give a region or a base URL)");

  private final TimRestClient client;
  private final TimEmulator emulator;

  private Connection(TimRestClient client, TimEmulator emulator) {
    this.client = client;
    this.emulator = emulator;
  }

  TimRestClient client() {
    return client;
  }

  /** Builds a client from the settings, or starts an emulator and a client for it with {@code --emulator}. */
  static Connection open(Args args, Map<String, String> env) {
    return open(args, env, UnaryOperator.identity());
  }

  /** {@link #open(Args, Map)}, with {@code settings} applied to the client's builder (a rate limit, say). */
  static Connection open(Args args, Map<String, String> env, UnaryOperator<TimRestClient.Builder> settings) {
    if (args.has(EMULATOR)) {
      return openEmulator(args, settings);
    }
    Signing signing = Signing.resolve(args, env);
    TimRestClient.Builder builder = TimRestClient.builder()
        .sdkAppId(signing.sdkAppId())
        .adminIdentifier(signing.identifier())
        .secretKey(signing.secretKey());
    Optional<String> baseUrl = args.get(BASE_URL);
    Optional<String> region = args.get(REGION);
    String baseUrlSource = BASE_URL.name();
    String regionSource = REGION.name();
    if (baseUrl.isEmpty() && region.isEmpty()) {
      baseUrl = fromEnv(env, ENV_BASE_URL);
      region = fromEnv(env, ENV_REGION);
      baseUrlSource = ENV_BASE_URL;
      regionSource = ENV_REGION;
    }
    if (baseUrl.isPresent() && region.isPresent()) {
      throw new UsageException("give either a region or a base URL, not both (" + regionSource
          + " and " + baseUrlSource + ")");
    }
    if (baseUrl.isPresent()) {
      try {
        builder.baseUrl(baseUrl.get());
      } catch (IllegalArgumentException e) {
        throw new UsageException(baseUrlSource + ": " + e.getMessage());
      }
    } else if (region.isPresent()) {
      try {
        builder.region(Region.parse(region.get()));
      } catch (IllegalArgumentException e) {
        throw new UsageException(regionSource + ": " + e.getMessage());
      }
    } else {
      throw missing("the region or base URL", REGION.synopsis() + " or " + BASE_URL.synopsis(),
          ENV_REGION + " or " + ENV_BASE_URL);
    }
    return new Connection(settings.apply(builder).build(), null);
  }

  private static Connection openEmulator(Args args, UnaryOperator<TimRestClient.Builder> settings) {
    List<Option> conflicting = args.given(List.of(SECRET_KEY_FILE, REGION, BASE_URL));
    if (!conflicting.isEmpty()) {
      throw new UsageException(EMULATOR.name() + " starts its own emulator with its own key and URL;"
          + " remove " + conflicting.stream().map(Option::name).collect(Collectors.joining(", ")));
    }
    EmulatorConfig.Builder config = EmulatorConfig.builder();
    try {
      args.getLong(SDKAPPID).ifPresent(config::sdkAppId);
      args.get(IDENTIFIER).ifPresent(config::adminIdentifier);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    TimEmulator emulator = TimEmulator.start(config.build());
    TimRestClient client = settings.apply(emulator.clientBuilder()).build();
    return new Connection(client, emulator);
  }

  @Override
  public void close() {
    client.close();
    if (emulator != null) {
      emulator.close();
    }
  }

  private static Optional<String> fromEnv(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  private static Optional<String> setting(Args args, Map<String, String> env, Option flag, String envName) {
    Optional<String> value = args.get(flag);
    return value.isPresent() ? value : fromEnv(env, envName);
  }

  private static UsageException missing(String what, String flags, String envNames) {
    return new UsageException("missing setting: " + what + ": pass " + flags + " or set " + envNames);
  }

  /** Reads a secret key from a file; the message of a failure names the file, never its content. */
  static String readSecretKeyFile(String file, String source) {
    String key;
    try {
      key = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      throw new UsageException(source + ": secret key file " + file + " does not exist");
    } catch (AccessDeniedException e) {
      throw new UsageException(source + ": secret key file " + file + " cannot be read (permission denied)");
    } catch (IOException | RuntimeException e) {
      throw new UsageException(source + ": secret key file " + file + " cannot be read ("
          + e.getClass().getSimpleName() + ")");
    }
    if (key.isEmpty()) {
      throw new UsageException(source + ": secret key file " + file + " is empty");
    }
    return key;
  }

  private static String regionNames() {
    return java.util.Arrays.stream(Region.values())
        .map(region -> region.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
        .collect(Collectors.joining(", "));
  }

  /** SDKAppID, admin identifier and secret key; {@link #toString()} hides the key. */
  static final class Signing {
    private final long sdkAppId;
    private final String identifier;
    private final String secretKey;

    private Signing(long sdkAppId, String identifier, String secretKey) {
      this.sdkAppId = sdkAppId;
      this.identifier = identifier;
      this.secretKey = secretKey;
    }

    static Signing resolve(Args args, Map<String, String> env) {
      String sdkAppIdText = setting(args, env, SDKAPPID, ENV_SDKAPPID).orElseThrow(
          () -> missing("the SDKAppID", SDKAPPID.synopsis(), ENV_SDKAPPID));
      String source = args.has(SDKAPPID) ? SDKAPPID.name() : ENV_SDKAPPID;
      long sdkAppId;
      try {
        sdkAppId = Long.parseLong(sdkAppIdText.strip());
      } catch (NumberFormatException e) {
        sdkAppId = 0;
      }
      if (sdkAppId <= 0) {
        throw new UsageException(source + ": the SDKAppID must be a positive whole number, got '"
            + sdkAppIdText + "'");
      }
      String identifier = setting(args, env, IDENTIFIER, ENV_IDENTIFIER).orElseThrow(
          () -> missing("the App admin identifier", IDENTIFIER.synopsis(), ENV_IDENTIFIER));
      return new Signing(sdkAppId, identifier, secretKey(args, env));
    }

    private static String secretKey(Args args, Map<String, String> env) {
      if (args.has(SECRET_KEY_FILE)) {
        return readSecretKeyFile(args.get(SECRET_KEY_FILE).orElseThrow(), SECRET_KEY_FILE.name());
      }
      Optional<String> key = fromEnv(env, ENV_SECRET_KEY);
      Optional<String> file = fromEnv(env, ENV_SECRET_KEY_FILE);
      if (key.isPresent() && file.isPresent()) {
        throw new UsageException("both " + ENV_SECRET_KEY + " and " + ENV_SECRET_KEY_FILE
            + " are set; set only one");
      }
      if (key.isPresent()) {
        return key.get().strip();
      }
      if (file.isPresent()) {
        return readSecretKeyFile(file.get(), ENV_SECRET_KEY_FILE);
      }
      throw missing("the secret key", SECRET_KEY_FILE.synopsis(), ENV_SECRET_KEY_FILE + " (or " + ENV_SECRET_KEY + ")");
    }

    long sdkAppId() {
      return sdkAppId;
    }

    String identifier() {
      return identifier;
    }

    String secretKey() {
      return secretKey;
    }

    @Override
    public String toString() {
      return "Signing[sdkAppId=" + sdkAppId + ", identifier=" + identifier + ", secretKey=(hidden)]";
    }
  }
}
