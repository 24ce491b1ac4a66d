package io.timrest.cli;

import io.timrest.emulator.EmulatorConfig;
import io.timrest.emulator.TimEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code timrest emulator}: runs a local emulator in the foreground until the process is stopped
 * (Ctrl-C, SIGTERM: a shutdown hook closes it) or, in-process, until the running thread is
 * interrupted. The first line of standard output is exactly {@code listening on
 * http://127.0.0.1:PORT}, so that scripts can wait for it.
 */
@Command(name = "emulator", header = "run a local emulator of the REST API in the foreground until stopped",
    customSynopsis = "timrest emulator [--port N] [--sdkappid ID] [--admin NAME] [--secret-key-file FILE]"
        + " [--latency-ms N] [--rate-limit N] [--gateway-error-rate R] [--retryable-error-rate R]"
        + " [--drop-after-commit-rate R] [--print-secret-key]",
    description = {
        "Serves the REST API on 127.0.0.1, in memory, until stopped with Ctrl-C or SIGTERM. The first",
        "line printed is exactly 'listening on http://127.0.0.1:PORT'; then the SDKAppID, the admin",
        "identifier, the secret key file and the environment for the other commands. Without",
        "--secret-key-file a random key is written to ${sys:java.io.tmpdir}/timrest-emulator-PORT.key (mode 600),",
        "deleted again when the emulator stops."})
final class EmulatorCommand extends CliCommand {
  @Option(names = "--port", paramLabel = "N", description = "port on 127.0.0.1 (default 0: any free port)")
  Integer port;
  @Option(names = "--sdkappid", paramLabel = "ID",
      description = "SDKAppID it serves (default " + EmulatorConfig.DEFAULT_SDK_APP_ID + ")")
  Long sdkAppId;
  @Option(names = "--admin", paramLabel = "NAME",
      description = "App admin identifier (default " + EmulatorConfig.DEFAULT_ADMIN_IDENTIFIER + ")")
  String admin;
  @Option(names = "--secret-key-file", paramLabel = "FILE",
      description = "use the secret key in FILE (default: a random key, written to a new file whose path is printed)")
  String secretKeyFile;
  @Option(names = "--latency-ms", paramLabel = "N", description = "delay every response by N milliseconds (default 0)")
  Long latencyMillis;
  @Option(names = "--rate-limit", paramLabel = "N", description = "calls per second per endpoint, then ErrorCode"
      + " 60007; 0 = unlimited (default " + EmulatorConfig.DEFAULT_RATE_LIMIT_PER_SECOND + ")")
  Integer rateLimit;
  @Option(names = "--gateway-error-rate", paramLabel = "R",
      description = "fraction 0..1 of requests answered HTTP 502 (default 0)")
  Double gatewayErrorRate;
  @Option(names = "--retryable-error-rate", paramLabel = "R",
      description = "fraction 0..1 of requests answered the service's internal error code (default 0)")
  Double retryableErrorRate;
  @Option(names = "--drop-after-commit-rate", paramLabel = "R",
      description = "fraction 0..1 of requests carried out whose response is then lost (default 0)")
  Double dropAfterCommitRate;
  @Option(names = "--print-secret-key", description = "also print the secret key (otherwise it is never printed)")
  boolean printSecretKey;

  EmulatorCommand(Console console) {
    super(console);
  }

  @Override
  public Integer call() {
    EmulatorConfig config = config();
    TimEmulator emulator;
    try {
      emulator = TimEmulator.start(config);
    } catch (UncheckedIOException e) {
      throw usage(e.getMessage() + " ("
          + e.getCause().getClass().getSimpleName() + ")");
    }
    Path writtenKeyFile = null;
    Thread hook = null;
    boolean interrupted = false;
    try {
      String keyFile;
      if (secretKeyFile != null) {
        keyFile = secretKeyFile;
      } else {
        writtenKeyFile = writeKeyFile(emulator);
        keyFile = writtenKeyFile.toString();
      }
      String url = "http://127.0.0.1:" + emulator.port();
      console.out().println("listening on " + url);
      console.out().flush();
      console.out().println("SDKAppID: " + emulator.config().sdkAppId());
      console.out().println("admin identifier: " + emulator.config().adminIdentifier());
      console.out().println("secret key file: " + keyFile);
      if (printSecretKey) {
        console.out().println("secret key: " + emulator.secretKey());
      }
      console.out().println("use it from another shell with:");
      console.out().println("  export " + Connection.ENV_BASE_URL + "=" + url + "/ "
          + Connection.ENV_SDKAPPID + "=" + emulator.config().sdkAppId() + " "
          + Connection.ENV_IDENTIFIER + "=" + emulator.config().adminIdentifier() + " "
          + Connection.ENV_SECRET_KEY_FILE + "=" + keyFile);
      console.out().println("stop it with Ctrl-C");
      console.out().flush();

      hook = new Thread(stopper(emulator, writtenKeyFile), "timrest-emulator-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      new CountDownLatch(1).await();
      throw new AssertionError("unreachable: the latch is never counted down");
    } catch (InterruptedException e) {
      // In-process stop (tests): the caller interrupted the thread running this command. The flag
      // is restored after the emulator has stopped, so that stopping it is not cut short.
      interrupted = true;
      return ExitCodes.OK;
    } finally {
      if (hook != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
          // The hook is running or has run; it closes the emulator itself.
        }
      }
      stopper(emulator, writtenKeyFile).run();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Runnable stopper(TimEmulator emulator, Path writtenKeyFile) {
    return () -> {
      emulator.close();
      if (writtenKeyFile != null) {
        try {
          Files.deleteIfExists(writtenKeyFile);
        } catch (IOException e) {
          // Best effort: the key is useless once its emulator has stopped.
        }
      }
    };
  }

  private EmulatorConfig config() {
    EmulatorConfig.Builder config = EmulatorConfig.builder();
    try {
      if (port != null) {
        config.port(port);
      }
      if (sdkAppId != null) {
        config.sdkAppId(sdkAppId);
      }
      if (admin != null) {
        config.adminIdentifier(admin);
      }
      if (secretKeyFile != null) {
        config.secretKey(Connection.readSecretKeyFile(secretKeyFile, "--secret-key-file"));
      }
      if (latencyMillis != null) {
        config.latencyMillis(latencyMillis);
      }
      if (rateLimit != null) {
        config.rateLimitPerSecond(rateLimit);
      }
      if (gatewayErrorRate != null) {
        config.gatewayErrorRate(gatewayErrorRate);
      }
      if (retryableErrorRate != null) {
        config.retryableErrorRate(retryableErrorRate);
      }
      if (dropAfterCommitRate != null) {
        config.dropAfterCommitRate(dropAfterCommitRate);
      }
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    return config.build();
  }

  /** Where a random key goes: one file per port, so that two emulators do not share one. */
  static Path keyFileFor(String port) {
    return Path.of(System.getProperty("java.io.tmpdir"), "timrest-emulator-" + port + ".key");
  }

  /** Writes the key to a fresh file that only the owner can read (created so, never widened). */
  private static Path writeKeyFile(TimEmulator emulator) {
    Path file = keyFileFor(String.valueOf(emulator.port()));
    try {
      Files.deleteIfExists(file);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, emulator.secretKey() + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      emulator.close();
      throw new UsageException("timrest emulator: cannot write the secret key file " + file + " ("
          + e.getClass().getSimpleName() + ")");
    }
  }
}
