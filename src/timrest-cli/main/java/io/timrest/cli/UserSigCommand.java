package io.timrest.cli;

import io.timrest.UserSig;
import java.time.Duration;
import java.util.List;

/** {@code timrest usersig}: signs a UserSig with the app's secret key and prints it (never the key). */
final class UserSigCommand implements Command {
  static final long DEFAULT_EXPIRE_SECONDS = Duration.ofDays(1).getSeconds();

  static final Option IDENTIFIER = Option.value(Connection.IDENTIFIER.name(), "NAME",
      "the account to sign for (or " + Connection.ENV_IDENTIFIER + ")");
  static final Option EXPIRE = Option.value("--expire", "SECONDS",
      "validity in seconds (default " + DEFAULT_EXPIRE_SECONDS + ", one day)");

  @Override
  public String name() {
    return "usersig";
  }

  @Override
  public String summary() {
    return "sign a UserSig for an account and print it";
  }

  @Override
  public String usage() {
    return "[--identifier NAME] [--expire SECONDS] [--sdkappid ID] [--secret-key-file FILE]";
  }

  @Override
  public String description() {
    return "Signs a TLS 2.0 UserSig (HMAC-SHA256) for the account with the app's secret key and"
        + " prints it alone on standard output, e.g. for usersig=... in a hand-made request. The"
        + " secret key itself is never printed.";
  }

  @Override
  public List<Option> options() {
    return List.of(IDENTIFIER, EXPIRE, Connection.SDKAPPID, Connection.SECRET_KEY_FILE);
  }

  @Override
  public String environmentHelp() {
    return Connection.SIGNING_ENV_HELP;
  }

  @Override
  public int run(Args args, Console console) {
    long expire = args.getLong(EXPIRE).orElse(DEFAULT_EXPIRE_SECONDS);
    if (expire < 1) {
      throw new UsageException("timrest usersig: --expire must be at least 1 second");
    }
    Connection.Signing signing = Connection.Signing.resolve(args, console.env());
    String userSig;
    try {
      userSig = UserSig.generate(signing.sdkAppId(), signing.secretKey(), signing.identifier(), Duration.ofSeconds(expire));
    } catch (IllegalArgumentException e) {
      throw new UsageException("timrest usersig: " + e.getMessage());
    }
    console.out().println(userSig);
    return ExitCodes.OK;
  }
}
