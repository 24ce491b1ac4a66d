package io.timrest.cli;

import io.timrest.apilisting.ApiListing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The command line's only public API is its main class, as src/timrest-cli/api/timrest-cli.api
 * lists: a change fails here until the listing is updated in the same commit
 * ({@code -Dapi.update=true} rewrites it).
 */
class ApiListingTest {

  @Test
  void publicApiIsTheCommittedListing() {
    ApiListing.check("io.timrest:timrest-cli", TimRestCli.class, Path.of("src", "timrest-cli", "api", "timrest-cli.api"));
  }
}
