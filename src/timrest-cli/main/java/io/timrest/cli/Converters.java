package io.timrest.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The converters of every numeric option, registered for the whole command tree in place of
 * picocli's own. Their messages state the rule and never the value: a secret key pasted into
 * {@code --sdkappid} must not be printed back ({@link TimRestCli} adds the option's name).
 */
final class Converters {
  static final String WHOLE_NUMBER = "needs a whole number";
  static final String NUMBER = "needs a number";
  static final String DURATION = "needs a duration: whole seconds (30) or ISO-8601 (PT1M30S, PT0.5S)";

  private Converters() {
  }

  static void registerAll(CommandLine commandLine) {
    ITypeConverter<Long> wholeNumber = Converters::wholeNumber;
    ITypeConverter<Integer> integer = Converters::integer;
    ITypeConverter<Double> number = Converters::number;
    commandLine.registerConverter(Long.class, wholeNumber).registerConverter(long.class, wholeNumber)
        .registerConverter(Integer.class, integer).registerConverter(int.class, integer)
        .registerConverter(Double.class, number).registerConverter(double.class, number)
        .registerConverter(Duration.class, Converters::duration)
        .registerConverter(Boolean.class, Converters::flag).registerConverter(boolean.class, Converters::flag);
  }

  static long wholeNumber(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException(WHOLE_NUMBER);
    }
  }

  static int integer(String text) {
    long value = wholeNumber(text);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new TypeConversionException(WHOLE_NUMBER + " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
    return (int) value;
  }

  static double number(String text) {
    try {
      double value = Double.parseDouble(text.strip());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // the same message as an infinite value, below
    }
    throw new TypeConversionException(NUMBER);
  }

  /** A flag: picocli passes "true" or "false" when it is given; {@code --flag=VALUE} is refused. */
  static boolean flag(String text) {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new TypeConversionException("takes no value");
  }

  /** Whole seconds, or an ISO-8601 duration ({@code PT1M30S}); must be positive. */
  static Duration duration(String text) {
    String trimmed = text.strip();
    Duration duration;
    try {
      duration = trimmed.chars().allMatch(Character::isDigit) && !trimmed.isEmpty()
          ? Duration.ofSeconds(Long.parseLong(trimmed))
          : Duration.parse(trimmed);
    } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
      throw new TypeConversionException(DURATION);
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new TypeConversionException(DURATION + ", longer than zero");
    }
    return duration;
  }
}
