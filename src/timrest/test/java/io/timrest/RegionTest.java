package io.timrest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTest {

  /** The primary and backup hosts of the spec's {@code servers} (docs/server-rules.md §1). */
  @Test
  void hostsAreTheDocumentedPrimaryAndBackupHosts() {
    assertHosts(Region.CHINA, "console.tim.qq.com", "adminapi.my-imcloud.com");
    assertHosts(Region.SINGAPORE, "adminapisgp.im.qcloud.com", "adminapisgp.my-imcloud.com");
    assertHosts(Region.SEOUL, "adminapikr.im.qcloud.com", "adminapikr.my-imcloud.com");
    assertHosts(Region.TOKYO, "adminapijpn.im.qcloud.com", "adminapijpn.my-imcloud.com");
    assertHosts(Region.FRANKFURT, "adminapiger.im.qcloud.com", "adminapiger.my-imcloud.com");
    assertHosts(Region.MUMBAI, "adminapiind.im.qcloud.com", "adminapiind.my-imcloud.com");
    assertHosts(Region.SILICON_VALLEY, "adminapiusa.im.qcloud.com", "adminapiusa.my-imcloud.com");
    assertHosts(Region.JAKARTA, "adminapiidn.im.qcloud.com", "adminapiidn.my-imcloud.com");
  }

  @Test
  void thereAreEightRegions() {
    assertEquals(List.of(Region.CHINA, Region.SINGAPORE, Region.SEOUL, Region.TOKYO,
        Region.FRANKFURT, Region.MUMBAI, Region.SILICON_VALLEY, Region.JAKARTA),
        List.of(Region.values()));
  }

  @Test
  void baseUrlsAreHttpsWithTrailingSlash() {
    assertEquals("https://adminapisgp.im.qcloud.com/", Region.SINGAPORE.baseUrl());
    assertEquals("https://adminapisgp.my-imcloud.com/", Region.SINGAPORE.backupBaseUrl());
    for (Region region : Region.values()) {
      assertEquals("https://" + region.primaryHost() + "/", region.baseUrl());
      assertEquals("https://" + region.backupHost() + "/", region.backupBaseUrl());
      // Each is accepted by the client's own base URL check unchanged.
      assertEquals(region.baseUrl(), BaseUrls.requireSafe(region.baseUrl()).toString());
    }
  }

  @Test
  void parseAcceptsCaseAndSeparatorVariants() {
    assertEquals(Region.SINGAPORE, Region.parse("SINGAPORE"));
    assertEquals(Region.SINGAPORE, Region.parse("singapore"));
    assertEquals(Region.SINGAPORE, Region.parse(" Singapore "));
    assertEquals(Region.SILICON_VALLEY, Region.parse("SILICON_VALLEY"));
    assertEquals(Region.SILICON_VALLEY, Region.parse("silicon_valley"));
    assertEquals(Region.SILICON_VALLEY, Region.parse("silicon-valley"));
    assertEquals(Region.SILICON_VALLEY, Region.parse("Silicon Valley"));
    for (Region region : Region.values()) {
      assertEquals(region, Region.parse(region.name()));
    }
  }

  @Test
  void parseErrorListsValidNames() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Region.parse("atlantis"));

    assertTrue(e.getMessage().contains("'atlantis'"), e.getMessage());
    for (Region region : Region.values()) {
      assertTrue(e.getMessage().contains(region.name()), e.getMessage());
    }
  }

  @Test
  void parseRejectsHostsAndEmpty() {
    assertThrows(IllegalArgumentException.class, () -> Region.parse(""));
    assertThrows(IllegalArgumentException.class, () -> Region.parse("adminapisgp.im.qcloud.com"));
    NullPointerException e = assertThrows(NullPointerException.class, () -> Region.parse(null));
    assertEquals("name", e.getMessage());
  }

  private static void assertHosts(Region region, String primary, String backup) {
    assertEquals(primary, region.primaryHost(), region.name());
    assertEquals(backup, region.backupHost(), region.name());
  }
}
