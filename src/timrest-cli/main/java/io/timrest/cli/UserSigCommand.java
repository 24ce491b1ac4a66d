package io.timrest.cli;

import io.timrest.UserSig;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code timrest usersig}: signs a UserSig with the app's secret key and prints it (never the key). */
@Command(name = "usersig", header = "sign a UserSig for an account and print it",
    customSynopsis = "timrest usersig [--identifier NAME] [--expire SECONDS] [--sdkappid ID] [--secret-key-file FILE]",
    description = "Signs a TLS 2.0 UserSig (HMAC-SHA256) for the account with the app's secret key and prints it"
        + " alone on standard output, e.g. for usersig=... in a hand-made request. The secret key itself is never"
        + " printed.")
final class UserSigCommand extends CliCommand {
  static final long DEFAULT_EXPIRE_SECONDS = 86_400;

  @Option(names = "--identifier", paramLabel = "NAME",
      description = "the account to sign for (or " + Connection.ENV_IDENTIFIER + ")")
  String identifier;
  @Option(names = "--expire", paramLabel = "SECONDS",
      description = "validity in seconds (default " + DEFAULT_EXPIRE_SECONDS + ", one day)")
  long expire = DEFAULT_EXPIRE_SECONDS;
  @Option(names = "--sdkappid", paramLabel = "ID", description = ConnectionOptions.SDKAPPID_HELP)
  Long sdkAppId;
  @Option(names = "--secret-key-file", paramLabel = "FILE", description = ConnectionOptions.SECRET_KEY_FILE_HELP)
  String secretKeyFile;

  UserSigCommand(Console console) {
    super(console);
  }

  @Override
  String environmentHelp() {
    return Connection.SIGNING_ENV_HELP;
  }

  @Override
  public Integer call() {
    if (expire < 1) {
      throw usage("--expire must be at least 1 second");
    }
    Connection.Signing signing = Connection.Signing.resolve(sdkAppId, identifier, secretKeyFile, console.env());
    String userSig;
    try {
      userSig = UserSig.generate(signing.sdkAppId(), signing.secretKey(), signing.identifier(), Duration.ofSeconds(expire));
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    console.out().println(userSig);
    return ExitCodes.OK;
  }
}
