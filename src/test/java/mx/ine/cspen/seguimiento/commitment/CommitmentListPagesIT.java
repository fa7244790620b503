package mx.ine.cspen.seguimiento.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The list by pages ({@code ?page=&size=}) and the unpaged list's limit, on a database of its own
 * (totals are compared): two areas' commitments in one session, seven in all.
 */
class CommitmentListPagesIT extends PostgresIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"(\\w+)\"");
  private static final String OWN_DATABASE =
      EmbeddedPostgresServer.newDatabase("seguimiento_list_pages_it");

  @DynamicPropertySource
  static void ownDatabaseAndASmallLimit(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> OWN_DATABASE);
    properties.add("seguimiento.api.max-unpaged-list", () -> "6");
  }

  private long session;
  private final List<Long> ascenso = new ArrayList<>();
  private final List<Long> juridica = new ArrayList<>();

  @BeforeEach
  void sevenCommitments() {
    if (!ascenso.isEmpty()) {
      return;
    }
    Long known = jdbc.queryForObject("select min(id) from commission_session", Long.class);
    if (known != null) {
      session = known;
      jdbc.queryForList("select id, area_code from commitment order by id")
          .forEach(
              row ->
                  ("ascenso".equals(row.get("area_code")) ? ascenso : juridica)
                      .add(((Number) row.get("id")).longValue()));
      return;
    }
    session = newSession();
    for (String area : List.of("ascenso", "juridica", "ascenso", "ascenso", "juridica")) {
      (area.equals("ascenso") ? ascenso : juridica).add(register(area));
    }
    ascenso.add(register("ascenso"));
    ascenso.add(register("ascenso"));
  }

  @Test
  void aPageHoldsItsSliceOfTheListWithTheTotalAndLinksToTheOtherPages() {
    // Given the whole list, as the unpaged call gives it when filtered under the limit.
    List<Long> whole = new ArrayList<>(ascenso);
    whole.addAll(juridica);
    whole.sort(Long::compare);

    // When the Secretaría Técnica asks for the second page of two.
    Api.Binary page =
        api.getBinary("st", "/api/commitments?sessionId=" + session + "&page=2&size=2");

    // Then it holds the third and fourth commitments, says where it is, and links to the others
    // with the same filter.
    assertThat(page.status()).isEqualTo(200);
    JsonNode body = json(page.body());
    assertThat(ids(body.get("items"))).containsExactly(whole.get(2), whole.get(3));
    assertThat(body.get("page").asInt()).isEqualTo(2);
    assertThat(body.get("size").asInt()).isEqualTo(2);
    assertThat(body.get("total").asLong()).isEqualTo(7);
    Map<String, String> links = links(page.header("Link"));
    assertThat(links).containsOnlyKeys("first", "prev", "next", "last");
    assertThat(links.get("first")).contains("page=1").contains("size=2");
    assertThat(links.get("prev")).contains("page=1");
    assertThat(links.get("next")).contains("page=3");
    assertThat(links.get("last")).contains("page=4");
    links.values().forEach(url -> assertThat(url).contains("sessionId=" + session));

    // And each item is the one the unpaged list gives.
    JsonNode unpaged = api.get("st", "/api/commitments?areaCode=ascenso").json();
    JsonNode first = json(api.getBinary("st", "/api/commitments?areaCode=ascenso&size=50").body());
    assertThat(first.get("items")).isEqualTo(unpaged);
  }

  @Test
  void anAreaFollowingTheNextLinksSeesOnlyItsOwnCommitments() {
    List<Long> seen = new ArrayList<>();
    String next = "/api/commitments?size=2";
    while (next != null) {
      Api.Binary page = api.getBinary("ascenso", next);
      assertThat(page.status()).isEqualTo(200);
      seen.addAll(ids(json(page.body()).get("items")));
      String link = links(page.header("Link")).get("next");
      next = link == null ? null : link.substring(link.indexOf("/api/"));
    }

    assertThat(seen).containsExactlyElementsOf(ascenso);
    String dashboard = api.page("ascenso", "/").body();
    for (long id : juridica) {
      assertThat(dashboard).doesNotContain("/compromisos/" + id + "\"");
    }
  }

  @Test
  void theUnpagedListAboveItsLimitIsRefusedWithThePagesToAskFor() {
    Api.Response all = api.get("st", "/api/commitments");
    Api.Response underTheLimit = api.get("st", "/api/commitments?areaCode=ascenso");

    assertThat(all.status()).isEqualTo(400);
    assertThat(all.contentType()).startsWith("application/problem+json");
    assertThat(all.json().get("detail").asText())
        .contains("7 compromisos")
        .contains("GET /api/commitments?page=1&size=");
    assertThat(underTheLimit.status()).isEqualTo(200);
    assertThat(underTheLimit.json().isArray()).isTrue();
    assertThat(ids(underTheLimit.json())).containsExactlyElementsOf(ascenso);
  }

  @Test
  void pagesOutsideTheirBoundsAreRefusedWithTheField() {
    Api.Response zero = api.get("st", "/api/commitments?page=0");
    Api.Response huge = api.get("st", "/api/commitments?page=1&size=100000");
    Api.Response beyond = api.get("st", "/api/commitments?page=9&size=5");

    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.json().get("field").asText()).isEqualTo("page");
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.json().get("field").asText()).isEqualTo("size");
    assertThat(beyond.status()).isEqualTo(200);
    assertThat(beyond.json().get("items")).isEmpty();
    assertThat(beyond.json().get("total").asLong()).isEqualTo(7);
  }

  private long register(String area) {
    Api.Response response =
        api.post(
            "st",
            "/api/commitments",
            "{\"sessionId\":"
                + session
                + ",\"kind\":\"AGREEMENT\",\"text\":\"La Comisión aprobó el proyecto.\""
                + ",\"areaCode\":\""
                + area
                + "\"}");
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.id();
  }

  private static List<Long> ids(JsonNode items) {
    List<Long> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.get("id").asLong()));
    return ids;
  }

  private static Map<String, String> links(String header) {
    Map<String, String> links = new LinkedHashMap<>();
    Matcher matcher = LINK.matcher(header == null ? "" : header);
    while (matcher.find()) {
      links.put(matcher.group(2), matcher.group(1));
    }
    return links;
  }

  private static JsonNode json(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
