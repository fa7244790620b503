package mx.ine.cspen.seguimiento.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Spanish translations of Camunda's webapps (src/main/resources/META-INF/…/locales/es.json)
 * against the English files of the Camunda version on the classpath: when Camunda is upgraded and
 * adds or changes texts, this test names the keys to translate.
 */
class WebappTranslationsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
  private static final Pattern MARKUP =
      Pattern.compile("</?(a|br|strong|em|b|i|span|code|p|ul|li)\\b|href=\"[^\"]*\"");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishTextHasASpanishTranslationWithTheSamePlaceholdersAndMarkup(String app)
      throws IOException {
    JsonNode english = locale(app, "en").get("labels");
    JsonNode spanish = locale(app, "es").get("labels");

    List<String> missing = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      String source = entry.getValue().asText();
      JsonNode translation = spanish.get(key);
      if (translation == null || (translation.asText().isBlank() && !source.isBlank())) {
        missing.add(key);
      } else if (!all(PLACEHOLDER, source).equals(all(PLACEHOLDER, translation.asText()))
          || !all(MARKUP, source).equals(all(MARKUP, translation.asText()))
          || count(source, "{}") != count(translation.asText(), "{}")) {
        broken.add(key + ": «" + source + "» → «" + translation.asText() + "»");
      }
    }

    assertThat(missing).as("keys of %s/locales/en.json without Spanish text", app).isEmpty();
    assertThat(broken).as("translations that lose a placeholder or markup").isEmpty();
    assertThat(spanish.size()).as("keys that Camunda no longer has").isEqualTo(english.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAreWrittenInSpanish(String app) throws IOException {
    JsonNode dates = locale(app, "es").get("dateLocales");

    assertThat(dates.get("months").get(2).asText()).isEqualTo("marzo");
    assertThat(dates.get("weekdays").get(3).asText()).isEqualTo("miércoles");
    assertThat(dates.get("relativeTime").get("past").asText()).isEqualTo("hace %s");
    assertThat(dates.get("longDateFormat").get("L").asText()).isEqualTo("DD/MM/YYYY");
  }

  private static JsonNode locale(String app, String language) throws IOException {
    String path =
        "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + language + ".json";
    try (InputStream in = WebappTranslationsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      // Camunda's files start with a byte order mark.
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      return JSON.readTree(text);
    }
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s+", ""));
    }
    found.sort(null);
    return found;
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
