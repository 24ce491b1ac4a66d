package io.timrest;

import io.timrest.apilisting.ApiListing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The library's public API is exactly what src/timrest/api/timrest.api lists: a change to it fails
 * here until the listing is updated in the same commit ({@code -Dapi.update=true} rewrites it).
 */
class ApiListingTest {

  @Test
  void publicApiIsTheCommittedListing() {
    ApiListing.check("io.timrest:timrest", TimRestClient.class, Path.of("src", "timrest", "api", "timrest.api"));
  }
}
