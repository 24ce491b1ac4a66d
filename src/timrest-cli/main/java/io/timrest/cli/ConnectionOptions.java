package io.timrest.cli;

import io.timrest.Region;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The connection flags of every command that calls the API, a picocli mixin: {@link Connection}
 * resolves them together with the environment. There is no flag for the secret key itself: a key
 * on the command line is visible to every user of the machine. In help they come after the
 * command's own options and {@code --body} ({@code order} 1000).
 */
final class ConnectionOptions {
  static final String SDKAPPID_HELP = "the app's SDKAppID (or " + Connection.ENV_SDKAPPID + ")";
  static final String SECRET_KEY_FILE_HELP = "file holding the app's secret key (or " + Connection.ENV_SECRET_KEY_FILE
      + ", or the key itself in " + Connection.ENV_SECRET_KEY + ")";

  @Option(names = "--sdkappid", order = 1001, paramLabel = "ID", description = SDKAPPID_HELP)
  Long sdkAppId;

  @Option(names = "--identifier", order = 1002, paramLabel = "NAME",
      description = "the App admin account to act as (or " + Connection.ENV_IDENTIFIER + ")")
  String identifier;

  @Option(names = "--secret-key-file", order = 1003, paramLabel = "FILE",
      description = SECRET_KEY_FILE_HELP)
  String secretKeyFile;

  @Option(names = "--region", order = 1004, paramLabel = "NAME", completionCandidates = RegionNames.class,
      description = "data centre of the app: ${COMPLETION-CANDIDATES} (or " + Connection.ENV_REGION + ")")
  String region;

  @Option(names = "--base-url", order = 1005, paramLabel = "URL", description = "custom base URL instead of"
      + " --region: https, or http to loopback (or " + Connection.ENV_BASE_URL + ")")
  String baseUrl;

  @Option(names = "--emulator", order = 1006, description = "call an embedded emulator started for this one"
      + " command (empty state, random key); --sdkappid and --identifier then configure it")
  boolean emulator;

  @Option(names = "--timeout", order = 1007, paramLabel = "DURATION", description = "longest time one attempt"
      + " of a call may take (the client's callTimeout): whole seconds or ISO-8601 like PT1M30S (default 25 s)")
  Duration timeout;

  @Option(names = "--retries", order = 1008, paramLabel = "N", description = "retries after a failed attempt"
      + " (RetryPolicy): 0 for none (default 2, that is 3 attempts)")
  Integer retries;

  @Option(names = "--verbose", order = 1009, description = "print each attempt, retry and failover on standard"
      + " error (never a credential)")
  boolean verbose;

  /** The names {@code --region} takes, as {@link Region#parse} reads them: {@code silicon-valley}. */
  static final class RegionNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Region.values())
          .map(region -> region.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .iterator();
    }
  }
}
