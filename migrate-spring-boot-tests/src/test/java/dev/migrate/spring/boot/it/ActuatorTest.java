package dev.migrate.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.boot.it.plain.PlainApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code /actuator/health} and {@code /actuator/migrate} over HTTP, on a database left one revision
 * behind ({@code migrate.target=a1}): the pending revision shows as such. One context for all.
 */
class ActuatorTest {
  private static ConfigurableApplicationContext context;
  private static String base;

  @BeforeAll
  static void start() {
    context =
        Apps.startWeb(
            PlainApp.class,
            "spring.datasource.url=" + Apps.h2Url(),
            Apps.NO_JPA,
            "migrate.target=a1",
            "management.endpoints.web.exposure.include=health,migrate",
            "management.endpoint.health.show-details=always",
            "management.endpoint.health.probes.enabled=true",
            "management.endpoint.health.group.readiness.include=readinessState,migrate");
    base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  @Test
  void healthShowsPendingRevisionAsOutOfService() throws Exception {
    HttpResponse<String> response = get("/actuator/health");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body().replace(" ", ""))
        // Boot 3 writes status before details, Boot 4 after: check the pieces, not the order.
        .containsPattern("\"migrate\":\\{.*\"status\":\"OUT_OF_SERVICE\"")
        .contains("\"currentHeads\":[\"a1\"]")
        .contains("\"pending\":[\"a2\"]");
  }

  @Test
  void readinessGroupCarriesTheMigrateContributor() throws Exception {
    HttpResponse<String> response = get("/actuator/health/readiness");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("\"migrate\"");
  }

  @Test
  void endpointListsHeadsPendingAndHistory() throws Exception {
    HttpResponse<String> response = get("/actuator/migrate");
    assertThat(response.statusCode()).isEqualTo(200);
    String body = response.body().replace(" ", "");
    assertThat(body)
        .contains("\"contexts\":{")
        .contains("\"migrateBeans\":{\"dataSource\":{")
        .contains("\"currentHeads\":[\"a1\"]")
        .contains("\"scriptHeads\":[\"a2\"]")
        .contains("\"pending\":[\"a2\"]")
        .contains("\"upToDate\":false")
        .contains("\"history\":[{\"rank\":1,\"revision\":\"a1\",\"direction\":\"upgrade\"");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
