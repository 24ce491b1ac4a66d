package io.timrest.compat;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.config.Options;
import japicmp.exception.JApiCmpException;
import japicmp.model.AccessModifier;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.output.incompatible.IncompatibleErrorOutput;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * The two compatibility checks of {@code mvn verify} (japicmp-maven-plugin and openapi-diff-maven,
 * configured in the parent POM), run as libraries with the same settings: surefire passes the
 * parent's {@code compat.*} properties as system properties, so the baselines and the options are
 * defined once, in the POM.
 */
final class CompatChecks {
  /** The spec of the current tree (tests run in the repository's top directory). */
  static final Path CURRENT_SPEC = Path.of("spec", "openapi.yaml");

  private CompatChecks() {}

  static String setting(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: surefire passes it from the parent POM's"
          + " compat.* properties (run the tests through Maven, or pass -D" + name + "=...)");
    }
    return value;
  }

  /** The jar the Java API check compares with: the committed baseline, or the last release's. */
  static Path javaBaseline() {
    return existing(Path.of(setting("compat.java.baseline")));
  }

  /** The spec the spec check compares with: the committed baseline, or the last release's. */
  static Path specBaseline() {
    return existing(Path.of(setting("compat.spec.baseline")));
  }

  /** The library's classes as this build compiled them (target/timrest/classes). */
  static Path currentClasses() {
    return existing(Path.of(setting("compat.java.classes")));
  }

  /** The package pattern the Java API check leaves out, as a regular expression on class names. */
  static Pattern excluded() {
    String pattern = setting("compat.java.exclude");
    return Pattern.compile(Stream.of(pattern.split("\\*", -1)).map(Pattern::quote)
        .collect(Collectors.joining(".*")));
  }

  private static Path existing(Path path) {
    if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
      throw new IllegalStateException(path + " does not exist (run .ci/refresh-compat-baselines?)");
    }
    return path;
  }

  /** What japicmp found: every compared class, and the build failure it would cause, if any. */
  record JavaComparison(List<JApiClass> classes, Optional<String> breaking) {
    /** The classes with any change, compatible or not. */
    List<String> changedClasses() {
      return classes.stream()
          .filter(c -> c.getChangeStatus() != JApiChangeStatus.UNCHANGED)
          .map(JApiClass::getFullyQualifiedName)
          .collect(Collectors.toList());
    }
  }

  /**
   * Compares two jars the way japicmp-maven-plugin's {@code cmp} goal does with the parent POM's
   * configuration: the options it sets from {@code <parameter>}, one common classpath (the plugin
   * uses the module's compile dependencies and its new jar; here the test classpath and the new
   * jar), and its failure decision (binary- and source-incompatible changes).
   */
  static JavaComparison compareJars(Path oldJar, Path newJar) {
    Options options = Options.newDefault();
    options.getOldArchives().add(new JApiCmpArchive(oldJar.toFile(), "old"));
    options.getNewArchives().add(new JApiCmpArchive(newJar.toFile(), "new"));
    options.setAccessModifier(
        AccessModifier.valueOf(setting("compat.java.access").toUpperCase(Locale.ROOT)));
    options.setOutputOnlyModifications(true);
    options.addExcludeFromArgument(Optional.of(setting("compat.java.exclude")), false);
    options.setIgnoreMissingClasses(false);
    options.addIgnoreMissingClassRegularExpression(setting("compat.java.ignoreMissing"));

    JarArchiveComparatorOptions comparatorOptions = JarArchiveComparatorOptions.of(options);
    comparatorOptions.setClassPathMode(JarArchiveComparatorOptions.ClassPathMode.ONE_COMMON_CLASSPATH);
    comparatorOptions.getClassPathEntries().addAll(testClassPath());
    comparatorOptions.getClassPathEntries().add(newJar.toAbsolutePath().toString());
    JarArchiveComparator comparator = new JarArchiveComparator(comparatorOptions);
    List<JApiClass> classes = comparator.compare(options.getOldArchives(), options.getNewArchives());

    options.setErrorOnBinaryIncompatibility(true);
    options.setErrorOnSourceIncompatibility(true);
    try {
      new IncompatibleErrorOutput(options, classes, comparator).generate();
      return new JavaComparison(classes, Optional.empty());
    } catch (JApiCmpException e) {
      if (e.getReason() != JApiCmpException.Reason.IncompatibleChange) {
        throw e;
      }
      return new JavaComparison(classes, Optional.of(e.getMessage()));
    }
  }

  private static List<String> testClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar") || Files.isDirectory(Path.of(entry))) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /** A jar of a directory of classes (as the jar plugin packs target/timrest/classes). */
  static Path jar(Path classes, Path jar) {
    try (Stream<Path> files = Files.walk(classes);
         OutputStream out = Files.newOutputStream(jar);
         JarOutputStream zip = new JarOutputStream(out)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
        zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }

  /**
   * Compares two specs the way openapi-diff-maven's {@code diff} goal does; the build fails when
   * {@link ChangedOpenApi#isIncompatible()} (failOnIncompatible).
   */
  static ChangedOpenApi compareSpecs(Path oldSpec, Path newSpec) {
    return OpenApiCompare.fromLocations(
        oldSpec.toAbsolutePath().toString(), newSpec.toAbsolutePath().toString());
  }
}
