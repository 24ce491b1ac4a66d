package io.timrest.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonReader;
import io.timrest.model.MsgElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The table of known names is the generated models' own, and answers an unknown name with the nearest one. */
class KnownNamesTest {
  private static final String MODEL_PACKAGE = "io.timrest.model.";

  @Test
  void everySchemaHasTheNamesOfItsGeneratedModelInSpecOrder() throws ClassNotFoundException {
    for (Map.Entry<String, KnownNames.Schema> entry : KnownNames.SCHEMAS.entrySet()) {
      if (entry.getKey().equals(KnownNames.MSG_ELEMENT)) {
        continue;
      }
      Class<?> model = Class.forName(MODEL_PACKAGE + entry.getKey());
      assertEquals(jsonNames(model), entry.getValue().names(), entry.getKey());
    }
  }

  @Test
  void everyObjectValuedPropertyLeadsToItsModelsSchema() throws ClassNotFoundException {
    for (Map.Entry<String, KnownNames.Schema> entry : KnownNames.SCHEMAS.entrySet()) {
      if (entry.getKey().equals(KnownNames.MSG_ELEMENT)) {
        continue;
      }
      Map<String, String> children = new HashMap<>();
      Class<?> model = Class.forName(MODEL_PACKAGE + entry.getKey());
      List<Field> fields = propertyFields(model);
      List<String> names = jsonNames(model);
      for (int i = 0; i < fields.size(); i++) {
        Class<?> type = elementClass(fields.get(i).getGenericType());
        if (type.getPackageName().equals("io.timrest.model")) {
          children.put(names.get(i), type.getSimpleName());
        }
      }
      assertEquals(children, entry.getValue().children(), entry.getKey());
    }
  }

  @Test
  void everyElementTypeHasItsContentSchema() throws ClassNotFoundException {
    List<String> types = Arrays.stream(MsgElement.class.getPermittedSubclasses())
        .filter(type -> type != MsgElement.Unknown.class)
        .map(Class::getSimpleName).sorted().collect(Collectors.toList());
    assertEquals(types, KnownNames.MSG_TYPES.stream().sorted().collect(Collectors.toList()));
    for (String type : types) {
      Class<?> model = Class.forName(MODEL_PACKAGE + type);
      Field content = propertyFields(model).get(jsonNames(model).indexOf("MsgContent"));
      assertEquals(type + "Content", content.getType().getSimpleName());
      assertTrue(KnownNames.SCHEMAS.containsKey(type + "Content"), type);
      assertEquals(List.of("MsgType", "MsgContent"), jsonNames(Class.forName(MODEL_PACKAGE + type)));
    }
  }

  @Test
  void theNearestNamePrefersANameCutShortThenTheSmallestEditDistance() {
    assertEquals("FaceUrl", KnownNames.nearest("Face", List.of("type", "UserID", "Nick", "FaceUrl")));
    assertEquals("SendTime", KnownNames.nearest("SendTme", KnownNames.SCHEMAS.get("ImportMsg").names()));
    assertEquals("URL", KnownNames.nearest("Url", KnownNames.SCHEMAS.get("ImageInfo").names()));
    assertEquals("Member_Account", KnownNames.nearest("MemberAccount", KnownNames.SCHEMAS.get("ImportGroupMember").names()));
  }

  @Test
  void anUnknownNameIsLocatedThroughArraysAndElements() {
    KnownNames.Unknown unknown = KnownNames.locate(RecordType.C2C_MSG, "$.MsgBody[2].MsgContent.Dsc",
        path -> path.equals("$.MsgBody[2]") ? Optional.of("TIMLocationElem") : Optional.empty()).orElseThrow();

    assertEquals("$.MsgBody[2].MsgContent", unknown.parentPath());
    assertEquals("Dsc", unknown.name());
    assertEquals("Desc", unknown.nearest());
  }

  @Test
  void theTopOfARecordKnowsItsExtraFields() {
    KnownNames.Unknown unknown = KnownNames.locate(RecordType.GROUP_MSG, "$.SourceID", path -> Optional.empty()).orElseThrow();

    assertEquals("SourceId", unknown.nearest());
  }

  /** The JSON names the model's generated adapter reads, in spec order (its private {@code NAMES}). */
  private static List<String> jsonNames(Class<?> model) {
    try {
      Field names = Class.forName(model.getName() + "JsonAdapter").getDeclaredField("NAMES");
      names.setAccessible(true);
      return ((JsonReader.Options) names.get(null)).strings();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(model + " has no generated adapter with NAMES", e);
    }
  }

  /** The model's property fields, in spec order, which is the order of {@link #jsonNames}. */
  private static List<Field> propertyFields(Class<?> model) {
    List<Field> fields = new ArrayList<>();
    for (Field field : model.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
        fields.add(field);
      }
    }
    return fields;
  }

  private static Class<?> elementClass(Type type) {
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getActualTypeArguments()[0];
    }
    return (Class<?>) type;
  }
}
