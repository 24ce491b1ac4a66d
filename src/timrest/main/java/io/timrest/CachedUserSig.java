package io.timrest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The one UserSig a client uses for all its requests. It is signed (or supplied) once and renewed
 * when most of its validity has passed, never per request; {@link #renewAfterRejection(String)}
 * replaces it when the server reports it expired or invalidated. Thread-safe.
 */
final class CachedUserSig {
  /** Renew when this fraction of the validity has passed, well before the server refuses it. */
  private static final double RENEW_AT_FRACTION = 0.9;

  /** Gives the next UserSig; its argument is the one the server rejected, or null. */
  private final UnaryOperator<String> source;
  private final Clock clock;
  private final CallEvents events;
  /** Read without a lock on every request; replaced as a whole under the lock. */
  private volatile Signed signed;
  /** The UserSig before the current one: a late answer may still echo it. */
  private volatile String previous;

  /** A UserSig and when to renew it (null: unknown expiry, renewed only when the server rejects it). */
  private record Signed(String userSig, Instant renewAt) {
    boolean isFresh(Clock clock) {
      return renewAt == null || clock.instant().isBefore(renewAt);
    }

    @Override
    public String toString() {
      return "Signed[renewAt=" + renewAt + "]"; // never the UserSig itself
    }
  }

  private CachedUserSig(UnaryOperator<String> source, Clock clock, CallEvents events) {
    this.source = source;
    this.clock = clock;
    this.events = Objects.requireNonNull(events, "events");
  }

  /** Signs for {@code identifier} with the app's secret key; each signature is valid for {@code validity}. */
  static CachedUserSig signing(
      long sdkAppId, String secretKey, String identifier, Duration validity, Clock clock, CallEvents events) {
    Objects.requireNonNull(secretKey, "secretKey");
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(clock, "clock");
    return new CachedUserSig(rejected -> {
      String next = UserSig.generate(sdkAppId, secretKey, identifier, validity, clock);
      // Signing is deterministic: in the second the rejected UserSig was issued, signing again
      // gives that same UserSig, which the server would refuse again. One more second of validity
      // makes it a different signature.
      return next.equals(rejected)
          ? UserSig.generate(sdkAppId, secretKey, identifier, validity.plusSeconds(1), clock)
          : next;
    }, clock, events);
  }

  /**
   * Uses UserSigs from {@code supplier} (for example a signing service). Their expiry is read from
   * the UserSig itself; one that cannot be decoded is used until the server rejects it.
   */
  static CachedUserSig supplied(Supplier<String> supplier, Clock clock, CallEvents events) {
    Objects.requireNonNull(supplier, "userSigSupplier");
    return new CachedUserSig(rejected -> supplier.get(), Objects.requireNonNull(clock, "clock"), events);
  }

  /** The UserSig to send now. */
  String current() {
    Signed now = signed;
    if (now != null && now.isFresh(clock)) {
      return now.userSig();
    }
    synchronized (this) {
      if (signed == null || !signed.isFresh(clock)) {
        renew(null);
      }
      return signed.userSig();
    }
  }

  /**
   * The server rejected {@code rejected} as expired or invalidated: sign a new one, unless another
   * thread has already done so.
   */
  synchronized void renewAfterRejection(String rejected) {
    if (rejected != null && signed != null && rejected.equals(signed.userSig())) {
      renew(rejected);
    }
  }

  private void renew(String rejected) {
    String next = source.apply(rejected);
    if (next == null || next.isEmpty()) {
      throw new IllegalStateException("the UserSig supplier returned no UserSig");
    }
    if (signed != null) {
      previous = signed.userSig();
    }
    TimRestListener.RenewalReason reason = rejected != null ? TimRestListener.RenewalReason.REJECTED
        : signed == null ? TimRestListener.RenewalReason.FIRST : TimRestListener.RenewalReason.EXPIRING;
    signed = new Signed(next, renewalTime(next));
    events.userSigRenewed(new TimRestListener.UserSigRenewed(reason));
  }

  /** The UserSigs that may appear in an answer: the current one and the one before, without signing. */
  List<String> known() {
    Signed now = signed;
    String before = previous;
    List<String> known = new ArrayList<>(2);
    if (now != null) {
      known.add(now.userSig());
    }
    if (before != null) {
      known.add(before);
    }
    return known;
  }

  private static Instant renewalTime(String userSig) {
    try {
      UserSig.Claims claims = UserSig.decode(userSig);
      long renewAfterSeconds = (long) (claims.expire() * RENEW_AT_FRACTION);
      return claims.issuedAt().plus(Duration.ofSeconds(renewAfterSeconds));
    } catch (UserSig.MalformedException e) {
      return null; // Not ours to judge: the server will say if it is bad, and we renew then.
    }
  }

  @Override
  public String toString() {
    Signed now = signed;
    return "CachedUserSig[renewAt=" + (now == null ? "not signed yet" : now.renewAt()) + "]";
  }
}
