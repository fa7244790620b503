package mx.ine.cspen.seguimiento.commitment;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The {@code Link} header of a page (RFC 8288): the addresses of the first, previous, next and last
 * pages, each the current request's address with its other parameters kept.
 */
final class PageLinks {

  private PageLinks() {}

  static String of(int page, int size, long total) {
    int last = (int) Math.max(1, (total + size - 1) / size);
    List<String> links = new ArrayList<>();
    links.add(link(1, size, "first"));
    if (page > 1) {
      links.add(link(Math.min(page - 1, last), size, "prev"));
    }
    if (page < last) {
      links.add(link(page + 1, size, "next"));
    }
    links.add(link(last, size, "last"));
    return String.join(", ", links);
  }

  private static String link(int page, int size, String relation) {
    String url =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("page", page)
            .replaceQueryParam("size", size)
            .build()
            .toUriString();
    return "<" + url + ">; rel=\"" + relation + "\"";
  }
}
