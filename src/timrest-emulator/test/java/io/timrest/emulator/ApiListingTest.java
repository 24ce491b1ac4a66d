package io.timrest.emulator;

import io.timrest.apilisting.ApiListing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The emulator's public API is exactly what src/timrest-emulator/api/timrest-emulator.api lists: a
 * change to it fails here until the listing is updated in the same commit
 * ({@code -Dapi.update=true} rewrites it).
 */
class ApiListingTest {

  @Test
  void publicApiIsTheCommittedListing() {
    ApiListing.check("io.timrest:timrest-emulator", TimEmulator.class,
        Path.of("src", "timrest-emulator", "api", "timrest-emulator.api"));
  }
}
