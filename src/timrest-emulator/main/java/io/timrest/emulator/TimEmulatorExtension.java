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
 * emulator serves the whole class (and its {@code @Nested} classes), and before each test its
 * faults (latency, error rates, the seed of their random draws) go back to the configured ones and
 * its rate-limit counts start again, so nothing a test sets on {@link TimEmulator#faults()}
 * reaches the next test; what the tests store (accounts, groups, messages) is shared. Set faults
 * that every test should see in the {@link EmulatorConfig}, or in a {@code @BeforeEach} method
 * (the extension resets before those run). On an instance field, each test gets a fresh emulator
 * and client, closed after it.
 *
 * <p>The running emulator and client are kept in the test's {@link ExtensionContext.Store}, in the
 * class's context or the test method's; test methods and lifecycle methods may take a
 * {@link TimEmulator} or {@link TimRestClient} parameter.
 */
public final class TimEmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TimEmulatorExtension.class);

  private final EmulatorConfig config;
  private final UnaryOperator<TimRestClient.Builder> clientSettings;
  /**
   * What {@link #emulator()} and {@link #client()} give, which take no context: the value this
   * extension last put into a store, cleared when it is closed. The store owns it.
   */
  private volatile Running current;

  /** A default emulator (a fresh random secret key) and a client without retries. */
  public TimEmulatorExtension() {
    this(EmulatorConfig.builder().build(), builder -> builder);
  }

  /**
   * An emulator with {@code config} and a client adjusted by {@code clientSettings}.
   *
   * @param config the emulator's settings
   * @param clientSettings adjusts the client's builder, which is already set up for the emulator
   *     ({@link TimEmulator#clientBuilder()}, and no retries); return the builder given, for
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
    return requireStarted().emulator;
  }

  /**
   * A client acting as the emulator's admin, without retries unless the constructor's
   * {@code clientSettings} chose otherwise.
   *
   * @return the client of the current test (or class)
   * @throws IllegalStateException if no test is running
   */
  public TimRestClient client() {
    return requireStarted().client;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // A @Nested class finds its enclosing class's emulator and shares it.
    if (lookUp(context) == null) {
      put(context, start());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    closeOwn(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Running shared = lookUp(context);
    if (shared != null) {
      shared.emulator.resetBetweenTests();
      current = shared;
    } else {
      put(context, start());
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    closeOwn(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TimEmulator.class || type == TimRestClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Running running = lookUp(context);
    if (running == null) {
      throw new IllegalStateException("no emulator runs in " + context.getDisplayName());
    }
    return parameter.getParameter().getType() == TimEmulator.class ? running.emulator : running.client;
  }

  private Running start() {
    TimEmulator emulator = TimEmulator.start(config);
    try {
      TimRestClient client = clientSettings.apply(emulator.clientBuilder().retryPolicy(RetryPolicy.none())).build();
      return new Running(emulator, client);
    } catch (RuntimeException | Error e) {
      emulator.close();
      throw e;
    }
  }

  /** This extension's emulator in {@code context} or an enclosing context, or null. */
  private Running lookUp(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(this, Running.class);
  }

  private void put(ExtensionContext context, Running running) {
    context.getStore(NAMESPACE).put(this, running);
    current = running;
  }

  /** Closes the emulator this context started, if it started one; an enclosing context's stays. */
  private void closeOwn(ExtensionContext context) {
    Running own = context.getStore(NAMESPACE).remove(this, Running.class);
    if (own != null) {
      own.close();
      Running enclosing = lookUp(context);
      current = enclosing;
    }
  }

  private Running requireStarted() {
    Running running = current;
    if (running == null) {
      throw new IllegalStateException("the emulator runs only while a test runs; register the extension with @RegisterExtension or @ExtendWith");
    }
    return running;
  }

  /**
   * An emulator and its client. {@link AutoCloseable}, so that a store closes what the
   * callbacks did not (JUnit 5.13 and later close such values when their context ends).
   */
  private static final class Running implements AutoCloseable {
    final TimEmulator emulator;
    final TimRestClient client;

    Running(TimEmulator emulator, TimRestClient client) {
      this.emulator = emulator;
      this.client = client;
    }

    @Override
    public void close() {
      try {
        client.close();
      } finally {
        emulator.close();
      }
    }
  }
}
