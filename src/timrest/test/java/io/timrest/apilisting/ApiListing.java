package io.timrest.apilisting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The public API of one module as text, in the spirit of OkHttp's {@code okhttp.api}: every public
 * type and every public or protected member it declares, with full generic signatures, sorted.
 * It is derived by reflection from the module's own compiled classes (the directory or jar that
 * holds an anchor class), and compared with the listing committed in {@code src/MODULE/api/}, so
 * that a change to the public API fails the build until the listing changes in the same commit.
 *
 * <p>A type is listed when it is public and, if nested, declared public or protected in a listed
 * type. Members inherited from elsewhere are not repeated; synthetic and bridge members are left
 * out. Constant values ({@code static final} primitives and strings) are shown, since compilers
 * copy them into the code that uses them.
 */
public final class ApiListing {
  /** {@code -Dapi.update=true} rewrites the committed listing instead of comparing with it. */
  public static final String UPDATE_PROPERTY = "api.update";

  private ApiListing() {
  }

  /**
   * Fails unless {@code listing} holds the public API of the classes next to {@code anchor}; with
   * {@code -Dapi.update=true}, writes it there instead.
   *
   * @param artifact the module's Maven coordinates, for the file's header
   * @param anchor a class of the module, to find its classes
   * @param listing the committed listing, relative to the repository's top directory
   */
  public static void check(String artifact, Class<?> anchor, Path listing) {
    String actual = listing(artifact, anchor);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      write(listing, actual);
      return;
    }
    String update = "Run `mvn -B -q verify -D" + UPDATE_PROPERTY + "=true` to rewrite " + listing
        + ", review its diff, and commit it with the change.";
    if (!Files.isRegularFile(listing)) {
      throw new AssertionError("No API listing at " + listing.toAbsolutePath() + ". " + update);
    }
    String committed = read(listing);
    if (!committed.equals(actual)) {
      throw new AssertionError("The public API of " + artifact + " differs from " + listing + " ('-' committed,"
          + " '+' compiled):\n" + diff(committed, actual) + "\n" + update);
    }
  }

  /**
   * The listing of the public API of the classes next to {@code anchor}.
   *
   * @param artifact the module's Maven coordinates, for the header
   * @param anchor a class of the module
   * @return the listing, with its header
   */
  public static String listing(String artifact, Class<?> anchor) {
    StringBuilder text = new StringBuilder()
        .append("# The public API of ").append(artifact).append(": every public type and every public or\n")
        .append("# protected member it declares. Derived from the compiled classes by ApiListingTest, which\n")
        .append("# fails when they differ; `mvn -B -q verify -D").append(UPDATE_PROPERTY).append("=true` rewrites this file.\n");
    TreeMap<String, Class<?>> types = new TreeMap<>();
    for (String name : classNames(anchor)) {
      Class<?> type = load(name, anchor.getClassLoader());
      if (type.getEnclosingClass() == null && Modifier.isPublic(type.getModifiers())) {
        collect(type, types);
      }
    }
    for (Class<?> type : types.values()) {
      text.append('\n').append(type(type));
    }
    return text.toString();
  }

  /** One type's entry: its header line, then one indented line per member. */
  static String type(Class<?> type) {
    StringBuilder text = new StringBuilder(header(type)).append('\n');
    for (String member : members(type)) {
      text.append("  ").append(member).append('\n');
    }
    return text.toString();
  }

  private static void collect(Class<?> type, TreeMap<String, Class<?>> types) {
    types.put(type.getCanonicalName(), type);
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (isApi(nested.getModifiers()) && !nested.isSynthetic()) {
        collect(nested, types);
      }
    }
  }

  private static boolean isApi(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String header(Class<?> type) {
    List<String> words = new ArrayList<>();
    int modifiers = type.getModifiers();
    words.add(Modifier.isPublic(modifiers) ? "public" : "protected");
    if (type.getEnclosingClass() != null && Modifier.isStatic(modifiers) && !type.isInterface()
        && !type.isEnum() && !type.isRecord()) {
      words.add("static");
    }
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
    } else if (type.isInterface()) {
      kind = "interface";
    } else if (type.isEnum()) {
      kind = "enum";
    } else if (type.isRecord()) {
      kind = "record";
    } else {
      kind = "class";
      if (Modifier.isAbstract(modifiers)) {
        words.add("abstract");
      }
      if (Modifier.isFinal(modifiers)) {
        words.add("final");
      }
    }
    if (type.isSealed()) {
      words.add("sealed");
    }
    words.add(kind);
    StringBuilder text = new StringBuilder(String.join(" ", words)).append(' ')
        .append(type.getCanonicalName()).append(typeParameters(type.getTypeParameters()));
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      text.append(" extends ").append(name(superclass));
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      text.append(type.isInterface() ? " extends " : " implements ")
          .append(Arrays.stream(interfaces).map(ApiListing::name).sorted().collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      text.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
          .map(Class::getCanonicalName).sorted().collect(Collectors.joining(", ")));
    }
    return text.toString();
  }

  private static List<String> members(Class<?> type) {
    List<String> fields = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      if (isApi(field.getModifiers()) && !field.isSynthetic()) {
        fields.add(field(field));
      }
    }
    List<String> constructors = new ArrayList<>();
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (isApi(constructor.getModifiers()) && !constructor.isSynthetic()) {
        constructors.add(executable(constructor, "", type.getSimpleName(), constructor.getGenericParameterTypes()));
      }
    }
    List<String> methods = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (isApi(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
        methods.add(executable(method, name(method.getGenericReturnType()) + " ", method.getName(),
            method.getGenericParameterTypes()));
      }
    }
    // By name, then by the whole line (overloads); fields first, then constructors, then methods.
    fields.sort(Comparator.comparing((String f) -> f.replaceAll(" = .*", "").replaceAll(".* ", ""))
        .thenComparing(Comparator.naturalOrder()));
    constructors.sort(Comparator.naturalOrder());
    methods.sort(Comparator.comparing((String m) -> m.substring(0, m.indexOf('('))
        .replaceAll(".* ", "")).thenComparing(Comparator.naturalOrder()));
    List<String> all = new ArrayList<>(fields);
    all.addAll(constructors);
    all.addAll(methods);
    return all;
  }

  private static String field(Field field) {
    String text = modifiers(field, false) + name(field.getGenericType()) + " " + field.getName();
    int modifiers = field.getModifiers();
    if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
        && (field.getType().isPrimitive() || field.getType() == String.class)) {
      try {
        Object value = field.get(null);
        text += " = " + (value instanceof String ? quote((String) value) : value
            + (value instanceof Long ? "L" : value instanceof Float ? "F" : ""));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(field + " is public but not accessible", e);
      }
    }
    return text;
  }

  private static String executable(Executable executable, String returnType, String name, Type[] parameters) {
    StringBuilder text = new StringBuilder(modifiers(executable, executable instanceof Method && ((Method) executable).isDefault()));
    String typeParameters = typeParameters(executable.getTypeParameters());
    if (!typeParameters.isEmpty()) {
      text.append(typeParameters).append(' ');
    }
    text.append(returnType).append(name).append('(');
    for (int i = 0; i < parameters.length; i++) {
      String parameter = name(parameters[i]);
      if (i == parameters.length - 1 && executable.isVarArgs()) {
        parameter = parameter.substring(0, parameter.length() - 2) + "...";
      }
      text.append(i == 0 ? "" : ", ").append(parameter);
    }
    text.append(')');
    Type[] exceptions = executable.getGenericExceptionTypes();
    if (exceptions.length > 0) {
      text.append(" throws ").append(Arrays.stream(exceptions).map(ApiListing::name).collect(Collectors.joining(", ")));
    }
    return text.toString();
  }

  /** Only what is part of the contract: not synchronized, native, transient or volatile. */
  private static String modifiers(Member member, boolean isDefault) {
    int modifiers = member.getModifiers();
    StringBuilder text = new StringBuilder(Modifier.isPublic(modifiers) ? "public " : "protected ");
    if (isDefault) {
      text.append("default ");
    }
    if (Modifier.isStatic(modifiers)) {
      text.append("static ");
    }
    if (Modifier.isAbstract(modifiers)) {
      text.append("abstract ");
    }
    if (Modifier.isFinal(modifiers)) {
      text.append("final ");
    }
    return text.toString();
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables).map(variable -> {
      List<String> bounds = Arrays.stream(variable.getBounds()).filter(bound -> bound != Object.class)
          .map(ApiListing::name).collect(Collectors.toList());
      return variable.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds));
    }).collect(Collectors.joining(", ", "<", ">"));
  }

  /** A type as written in Java source, nested classes with a dot. */
  private static String name(Type type) {
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      return c.isArray() ? name(c.getComponentType()) + "[]" : Objects.requireNonNullElse(c.getCanonicalName(), c.getName());
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      return name(p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(ApiListing::name)
          .collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof WildcardType) {
      WildcardType w = (WildcardType) type;
      if (w.getLowerBounds().length > 0) {
        return "? super " + name(w.getLowerBounds()[0]);
      }
      Type upper = w.getUpperBounds()[0];
      return upper == Object.class ? "?" : "? extends " + name(upper);
    }
    if (type instanceof GenericArrayType) {
      return name(((GenericArrayType) type).getGenericComponentType()) + "[]";
    }
    return type.getTypeName(); // a type variable
  }

  private static String quote(String value) {
    StringBuilder text = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        text.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        text.append(String.format("\\u%04x", (int) c));
      } else {
        text.append(c);
      }
    }
    return text.append('"').toString();
  }

  /** The names of the classes in the directory or jar that holds {@code anchor}. */
  private static List<String> classNames(Class<?> anchor) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the classes of " + anchor, e);
    }
    List<String> files = new ArrayList<>();
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> walk = Files.walk(location)) {
          walk.filter(Files::isRegularFile)
              .forEach(file -> files.add(location.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/")));
        }
      } else {
        try (ZipFile jar = new ZipFile(location.toFile())) {
          for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            files.add(entries.nextElement().getName());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
    return files.stream()
        .filter(file -> file.endsWith(".class") && !file.startsWith("META-INF/"))
        .filter(file -> !file.endsWith("module-info.class") && !file.endsWith("package-info.class"))
        .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
        .filter(name -> name.indexOf('$') < 0) // nested types are reached from their enclosing type
        .sorted()
        .collect(Collectors.toList());
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot load " + name, e);
    }
  }

  /** The changed lines, each run preceded by the type it belongs to. */
  static String diff(String expected, String actual) {
    List<String> a = List.of(expected.split("\n", -1));
    List<String> b = List.of(actual.split("\n", -1));
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder();
    String type = null;
    String shownType = null;
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        if (!a.get(i).startsWith(" ") && !a.get(i).isEmpty()) {
          type = a.get(i);
        }
        i++;
        j++;
        continue;
      }
      boolean removal = j >= b.size() || (i < a.size() && common[i + 1][j] >= common[i][j + 1]);
      String line = removal ? a.get(i++) : b.get(j++);
      if (line.startsWith(" ") && type != null && !type.equals(shownType)) {
        out.append("  ").append(type).append('\n');
        shownType = type;
      } else if (!line.startsWith(" ")) {
        shownType = line;
      }
      out.append(removal ? "- " : "+ ").append(line).append('\n');
    }
    return out.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
