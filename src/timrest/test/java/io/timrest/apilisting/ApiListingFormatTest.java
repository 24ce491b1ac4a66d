package io.timrest.apilisting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** How a type reads in an API listing, and how a difference is reported. */
class ApiListingFormatTest {

  /** A type with one of each thing the listing must render. */
  public static class Fixture<T extends Comparable<T>> implements Comparable<Fixture<T>> {
    public static final String NAME = "a\"b";
    public static final long BIG = 5L;
    protected int count;
    int hidden;

    @SafeVarargs
    public Fixture(T... values) {
    }

    public <R> List<? super R> map(Function<? super T, R> function) throws IOException {
      return List.of();
    }

    public synchronized void sync() {
    }

    void packagePrivate() {
    }

    @Override
    public int compareTo(Fixture<T> other) {
      return 0;
    }
  }

  @Test
  void aTypeListsItsPublicAndProtectedMembersWithGenericSignaturesSorted() {
    assertEquals(String.join("\n",
        "public static class io.timrest.apilisting.ApiListingFormatTest.Fixture<T extends java.lang.Comparable<T>>"
            + " implements java.lang.Comparable<io.timrest.apilisting.ApiListingFormatTest.Fixture<T>>",
        "  public static final long BIG = 5L",
        "  public static final java.lang.String NAME = \"a\\\"b\"",
        "  protected int count",
        "  public Fixture(T...)",
        "  public int compareTo(io.timrest.apilisting.ApiListingFormatTest.Fixture<T>)",
        "  public <R> java.util.List<? super R> map(java.util.function.Function<? super T, R>) throws java.io.IOException",
        "  public void sync()",
        ""), ApiListing.type(Fixture.class));
  }

  @Test
  void aDifferenceNamesTheTypeOfEachChangedMember() {
    String committed = "public final class A\n  public void a()\n  public void b()\n\npublic final class B\n  public void c()\n";
    String compiled = "public final class A\n  public void a()\n\npublic final class B\n  public void c()\n  public void d()\n";

    assertEquals(String.join("\n",
        "  public final class A",
        "-   public void b()",
        "  public final class B",
        "+   public void d()",
        ""), ApiListing.diff(committed, compiled));
  }
}
