package io.timrest.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.timrest.compat.CompatChecks.JavaComparison;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javassist.ClassPool;
import javassist.CtClass;
import javassist.CtField;
import javassist.CtMethod;
import javassist.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java API check (japicmp, settings from the parent POM) passes on the current tree and fails
 * on breaking changes: variants of the committed baseline jar with a public field removed or a
 * public method renamed (edited with javassist, japicmp's own bytecode library), and tiny classes
 * compiled before and after such a change.
 */
class JavaApiCompatibilityTest {
  @TempDir Path dir;

  @Test
  void currentTreeHasNoBreakingChangeAgainstTheBaseline() {
    assumeFalse(Boolean.getBoolean("compat.skip"), "-Dcompat.skip=true");
    Path current = CompatChecks.jar(CompatChecks.currentClasses(), dir.resolve("current.jar"));

    JavaComparison result = CompatChecks.compareJars(CompatChecks.javaBaseline(), current);

    assertTrue(result.classes().size() > 10, "japicmp compared the library's classes: " + result.classes().size());
    assertEquals(Optional.empty(), result.breaking(),
        "the public API changed incompatibly since the baseline " + CompatChecks.javaBaseline()
            + "; if that is intended before the first release, run .ci/refresh-compat-baselines");
  }

  @Test
  void baselineWithAPublicFieldRemovedIsBreaking() throws Exception {
    CtClass target = firstApiClass(c -> !publicFields(c).isEmpty());
    CtField field = publicFields(target).get(0);
    Path broken = variant(target, c -> c.removeField(c.getDeclaredField(field.getName())));

    JavaComparison result = CompatChecks.compareJars(CompatChecks.javaBaseline(), broken);

    String change = target.getName() + "." + field.getName() + ":FIELD_REMOVED";
    assertTrue(result.breaking().orElse("").contains(change),
        "expected " + change + " to fail the check, got " + result.breaking());
  }

  @Test
  void baselineWithAPublicMethodRenamedIsBreaking() throws Exception {
    // A class without supertypes of its own: a renamed method that implements an interface or
    // overrides a superclass is still there, inherited, and japicmp rightly does not call it removed.
    CtClass target = firstApiClass(c -> !publicMethods(c).isEmpty()
        && c.getClassFile().getSuperclass().equals("java.lang.Object") && c.getClassFile().getInterfaces().length == 0);
    CtMethod method = publicMethods(target).get(0);
    Path broken = variant(target, c -> c.getMethod(method.getName(), method.getSignature())
        .setName(method.getName() + "Renamed"));

    JavaComparison result = CompatChecks.compareJars(CompatChecks.javaBaseline(), broken);

    String removed = target.getName() + "." + method.getName() + "(";
    String failure = result.breaking().orElse("");
    assertTrue(failure.contains(removed) && failure.contains(":METHOD_REMOVED"),
        "expected " + removed + "...):METHOD_REMOVED to fail the check, got " + result.breaking());
  }

  @Test
  void compiledClassWithAPublicFieldRemovedIsBreaking() {
    JavaComparison result = compareCompiled(
        Map.of("io/timrest/Probe.java", "package io.timrest; public class Probe { public int count; }"),
        Map.of("io/timrest/Probe.java", "package io.timrest; public class Probe { }"));

    assertTrue(result.breaking().orElse("").contains("io.timrest.Probe.count:FIELD_REMOVED"),
        String.valueOf(result.breaking()));
  }

  @Test
  void compiledClassWithAPublicMethodRenamedIsBreaking() {
    JavaComparison result = compareCompiled(
        Map.of("io/timrest/Probe.java",
            "package io.timrest; public class Probe { public String send(int n) { return null; } }"),
        Map.of("io/timrest/Probe.java",
            "package io.timrest; public class Probe { public String sendMessage(int n) { return null; } }"));

    assertTrue(result.breaking().orElse("").contains("io.timrest.Probe.send(int):METHOD_REMOVED"),
        String.valueOf(result.breaking()));
  }

  @Test
  void compiledInterfaceWithAMethodAddedIsSourceIncompatible() {
    // Binary compatible, but a user's implementation no longer compiles.
    JavaComparison result = compareCompiled(
        Map.of("io/timrest/Listener.java", "package io.timrest; public interface Listener { void a(); }"),
        Map.of("io/timrest/Listener.java", "package io.timrest; public interface Listener { void a(); void b(); }"));

    assertTrue(result.breaking().orElse("").contains("io.timrest.Listener.b():METHOD_ADDED_TO_INTERFACE"),
        String.valueOf(result.breaking()));
  }

  @Test
  void compatibleAndNonPublicChangesPass() {
    // An added public method, a removed package-private one, and a removed class in the excluded
    // package: the check sees the changes but none fails the build.
    Map<String, String> before = Map.of(
        "io/timrest/Probe.java", "package io.timrest; public class Probe { void helper() {} }",
        "io/timrest/internal/Gone.java", "package io.timrest.internal; public class Gone { public void a() {} }");
    Map<String, String> after = Map.of(
        "io/timrest/Probe.java", "package io.timrest; public class Probe { public void extra() {} }");

    JavaComparison result = compareCompiled(before, after);

    assertEquals(List.of("io.timrest.Probe"), result.changedClasses());
    assertEquals(Optional.empty(), result.breaking());
  }

  // --- variants of the committed baseline ---

  /** The first public class of the baseline (by name, outside the excluded package) that fits. */
  private static CtClass firstApiClass(Predicate<CtClass> fits) throws IOException {
    Pattern excluded = CompatChecks.excluded();
    ClassPool pool = new ClassPool(false);
    try (JarFile jar = new JarFile(CompatChecks.javaBaseline().toFile())) {
      List<JarEntry> entries = Collections.list(jar.entries()).stream()
          .filter(e -> e.getName().endsWith(".class"))
          .sorted(Comparator.comparing(JarEntry::getName))
          .collect(Collectors.toList());
      for (JarEntry entry : entries) {
        try (InputStream in = jar.getInputStream(entry)) {
          CtClass c = pool.makeClass(in);
          if (Modifier.isPublic(c.getModifiers()) && !c.isInterface() && !c.isEnum()
              && !c.isAnnotation() && !excluded.matcher(c.getName()).matches()
              && !c.getName().contains("$") && fits.test(c)) {
            return c;
          }
        }
      }
    }
    throw new AssertionError("no public class in " + CompatChecks.javaBaseline() + " to edit");
  }

  private static List<CtField> publicFields(CtClass c) {
    return List.of(c.getDeclaredFields()).stream()
        .filter(f -> Modifier.isPublic(f.getModifiers()) && (f.getModifiers() & 0x1000) == 0)
        .sorted(Comparator.comparing(CtField::getName))
        .collect(Collectors.toList());
  }

  /**
   * Public methods whose renaming removes them from the API: not equals, hashCode or toString,
   * which every class still has from Object (or Record) when its own is renamed.
   */
  private static List<CtMethod> publicMethods(CtClass c) {
    int syntheticOrBridge = 0x1000 | 0x0040;
    return List.of(c.getDeclaredMethods()).stream()
        .filter(m -> Modifier.isPublic(m.getModifiers()) && (m.getModifiers() & syntheticOrBridge) == 0)
        .filter(m -> !List.of("equals", "hashCode", "toString").contains(m.getName()))
        .sorted(Comparator.comparing(CtMethod::getName).thenComparing(CtMethod::getSignature))
        .collect(Collectors.toList());
  }

  private interface Edit {
    void apply(CtClass c) throws Exception;
  }

  /** The baseline jar with one class changed by {@code edit}. */
  private Path variant(CtClass target, Edit edit) throws Exception {
    String name = target.getName().replace('.', '/') + ".class";
    Path out = dir.resolve("variant.jar");
    try (JarFile jar = new JarFile(CompatChecks.javaBaseline().toFile());
         OutputStream file = Files.newOutputStream(out);
         JarOutputStream zip = new JarOutputStream(file)) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        zip.putNextEntry(new JarEntry(entry.getName()));
        if (entry.getName().equals(name)) {
          byte[] bytes = jar.getInputStream(entry).readAllBytes();
          CtClass copy = new ClassPool(false).makeClass(new ByteArrayInputStream(bytes));
          edit.apply(copy);
          zip.write(copy.toBytecode());
        } else {
          try (InputStream in = jar.getInputStream(entry)) {
            in.transferTo(zip);
          }
        }
        zip.closeEntry();
      }
    }
    return out;
  }

  // --- tiny classes compiled before and after ---

  private JavaComparison compareCompiled(Map<String, String> before, Map<String, String> after) {
    Path oldJar = CompatChecks.jar(compile("before", before), dir.resolve("before.jar"));
    Path newJar = CompatChecks.jar(compile("after", after), dir.resolve("after.jar"));
    return CompatChecks.compareJars(oldJar, newJar);
  }

  private Path compile(String name, Map<String, String> sources) {
    try {
      Path src = Files.createDirectories(dir.resolve(name + "-src"));
      Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
      List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString()));
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = src.resolve(source.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue());
        args.add(file.toString());
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      assertNotNull(javac, "the tests run on a JDK");
      ByteArrayOutputStream errors = new ByteArrayOutputStream();
      int exit = javac.run(null, null, errors, args.toArray(new String[0]));
      assertEquals(0, exit, errors.toString(StandardCharsets.UTF_8));
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
