package io.timrest.emulator;

import io.timrest.RetryPolicy;
import io.timrest.TimRestClient;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A running emulator and a client connected to it, for JUnit 5 tests:
 *
 * <pre>{@code
 * @RegisterExtension static final TimEmulatorExtension tim = new TimEmulatorExtension();
 * ... tim.client().importGroupMsg(...);
 * }</pre>
 *
 * <p>Registered on a static field (or with {@code @ExtendWith(TimEmulatorExtension.class)}), one
 * emulator serves the whole class; on an instance field, each test gets a fresh one. Test methods
 * may also take a {@link TimEmulator} or {@link TimRestClient} parameter.
 */
public final class TimEmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final EmulatorConfig config;
  private final UnaryOperator<TimRestClient.Builder> clientSettings;
  private TimEmulator emulator;
  private TimRestClient client;
  private boolean perClass;

  /** A default emulator (a fresh random secret key) and a client without retries. */
  public TimEmulatorExtension() {
    this(EmulatorConfig.builder().build(), builder -> builder);
  }

  /**
   * An emulator with {@code config} and a client adjusted by {@code clientSettings}.
   *
   * @param config the emulator's settings
   * @param clientSettings adjusts the client's builder, which is already set up for the emulator
   *     (SDKAppID, admin, secret key, base URL, clock, no retries); return the builder given, for
   *     example {@code builder -> builder.retryPolicy(RetryPolicy.defaults())}
   * @throws NullPointerException if an argument is null
   */
  public TimEmulatorExtension(EmulatorConfig config, UnaryOperator<TimRestClient.Builder> clientSettings) {
    this.config = Objects.requireNonNull(config, "config");
    this.clientSettings = Objects.requireNonNull(clientSettings, "clientSettings");
  }

  /**
   * The running emulator.
   *
   * @return the emulator of the current test (or class)
   * @throws IllegalStateException if no test is running
   */
  public TimEmulator emulator() {
    requireStarted();
    return emulator;
  }

  /**
   * A client acting as the emulator's admin, without retries unless the constructor's
   * {@code clientSettings} chose otherwise.
   *
   * @return the client of the current test (or class)
   * @throws IllegalStateException if no test is running
   */
  public TimRestClient client() {
    requireStarted();
    return client;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TimEmulator.class || type == TimRestClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TimEmulator.class ? emulator() : client();
  }

  private void start() {
    emulator = TimEmulator.start(config);
    client = clientSettings.apply(TimRestClient.builder()
            .sdkAppId(config.sdkAppId())
            .adminIdentifier(config.adminIdentifier())
            .secretKey(emulator.secretKey())
            .baseUrl(emulator.baseUrl())
            .clock(config.clock())
            .retryPolicy(RetryPolicy.none()))
        .build();
  }

  private void stop() {
    if (client != null) {
      client.close();
      client = null;
    }
    if (emulator != null) {
      emulator.close();
      emulator = null;
    }
  }

  private void requireStarted() {
    if (emulator == null) {
      throw new IllegalStateException("the emulator runs only while a test runs; register the extension with @RegisterExtension or @ExtendWith");
    }
  }
}
