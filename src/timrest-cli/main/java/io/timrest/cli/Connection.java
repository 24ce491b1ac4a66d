package io.timrest.cli;

import io.timrest.Region;
import io.timrest.RetryPolicy;
import io.timrest.TimRestClient;
import io.timrest.emulator.EmulatorConfig;
import io.timrest.emulator.TimEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
  static Connection open(ConnectionOptions options, Console console) {
    return open(options, console, UnaryOperator.identity());
  }

  /**
   * {@link #open(ConnectionOptions, Console)}, with {@code settings} applied to the client's builder
   * (a rate limit, say) after {@code --timeout} and {@code --retries}.
   */
  static Connection open(ConnectionOptions options, Console console,
      UnaryOperator<TimRestClient.Builder> settings) {
    if (options.retries != null && options.retries < 0) {
      // Before any connection: an emulator started for a refused command would be left running.
      throw new UsageException("--retries must be 0 or more");
    }
    Map<String, String> env = console.env();
    if (options.emulator) {
      return openEmulator(options, console, settings);
    }
    Signing signing = Signing.resolve(options.sdkAppId, options.identifier, options.secretKeyFile, env);
    TimRestClient.Builder builder = TimRestClient.builder()
        .sdkAppId(signing.sdkAppId())
        .adminIdentifier(signing.identifier())
        .secretKey(signing.secretKey());
    Optional<String> baseUrl = Optional.ofNullable(options.baseUrl);
    Optional<String> region = Optional.ofNullable(options.region);
    String baseUrlSource = "--base-url";
    String regionSource = "--region";
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
      throw missing("the region or base URL", "--region NAME or --base-url URL", ENV_REGION + " or " + ENV_BASE_URL);
    }
    return new Connection(settings.apply(callSettings(options, console, builder)).build(), null);
  }

  private static Connection openEmulator(
      ConnectionOptions options, Console console, UnaryOperator<TimRestClient.Builder> settings) {
    List<String> conflicting = new ArrayList<>();
    if (options.secretKeyFile != null) {
      conflicting.add("--secret-key-file");
    }
    if (options.region != null) {
      conflicting.add("--region");
    }
    if (options.baseUrl != null) {
      conflicting.add("--base-url");
    }
    if (!conflicting.isEmpty()) {
      throw new UsageException("--emulator starts its own emulator with its own key and URL;"
          + " remove " + String.join(", ", conflicting));
    }
    EmulatorConfig.Builder config = EmulatorConfig.builder();
    try {
      if (options.sdkAppId != null) {
        config.sdkAppId(options.sdkAppId);
      }
      if (options.identifier != null) {
        config.adminIdentifier(options.identifier);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    TimEmulator emulator = TimEmulator.start(config.build());
    TimRestClient client = settings.apply(callSettings(options, console, emulator.clientBuilder())).build();
    return new Connection(client, emulator);
  }

  /**
   * {@code --timeout} (callTimeout), {@code --retries} (the retry policy's attempts, less one) and
   * {@code --verbose} (a listener printing each attempt on standard error).
   */
  private static TimRestClient.Builder callSettings(
      ConnectionOptions options, Console console, TimRestClient.Builder builder) {
    if (options.verbose) {
      builder.listener(new VerboseListener(console.err()));
    }
    if (options.timeout != null) {
      builder.callTimeout(options.timeout);
    }
    if (options.retries != null) {
      RetryPolicy defaults = RetryPolicy.defaults();
      builder.retryPolicy(options.retries == 0 ? RetryPolicy.none()
          : RetryPolicy.of(options.retries + 1, defaults.initialBackoff(), defaults.maxBackoff()));
    }
    return builder;
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

    /**
     * The signing settings, each from its flag ({@code null} when not given) or else from its
     * variable. A malformed SDKAppID is named with its source and the rule, never quoted: it may
     * be a secret key pasted into the wrong place.
     */
    static Signing resolve(Long sdkAppIdFlag, String identifierFlag, String secretKeyFileFlag, Map<String, String> env) {
      long sdkAppId;
      String source;
      if (sdkAppIdFlag != null) {
        sdkAppId = sdkAppIdFlag;
        source = "--sdkappid";
      } else {
        String text = fromEnv(env, ENV_SDKAPPID).orElseThrow(
            () -> missing("the SDKAppID", "--sdkappid ID", ENV_SDKAPPID));
        source = ENV_SDKAPPID;
        try {
          sdkAppId = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
          sdkAppId = 0;
        }
      }
      if (sdkAppId <= 0) {
        throw new UsageException(source + ": the SDKAppID " + Converters.WHOLE_NUMBER + " above 0 (the value is not"
            + " shown, in case it is a secret)");
      }
      String identifier = Optional.ofNullable(identifierFlag).or(() -> fromEnv(env, ENV_IDENTIFIER)).orElseThrow(
          () -> missing("the App admin identifier", "--identifier NAME", ENV_IDENTIFIER));
      return new Signing(sdkAppId, identifier, secretKey(secretKeyFileFlag, env));
    }

    private static String secretKey(String secretKeyFileFlag, Map<String, String> env) {
      if (secretKeyFileFlag != null) {
        return readSecretKeyFile(secretKeyFileFlag, "--secret-key-file");
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
      throw missing("the secret key", "--secret-key-file FILE", ENV_SECRET_KEY_FILE + " (or " + ENV_SECRET_KEY + ")");
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
