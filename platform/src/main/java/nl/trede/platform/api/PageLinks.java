package nl.trede.platform.api;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 8288 {@code Link} header for a paginated list ({@code first}, {@code prev}, {@code next}, {@code last}),
 * built from the request's own path and query with {@code page} replaced and the other parameters kept. Relative
 * references (path and query), so they work behind the gateway.
 */
public final class PageLinks {

    private PageLinks() {
    }

    public static String header(URI requestUri, int page, int pageSize, long totalItems) {
        long lastPage = Math.max(1, (totalItems + pageSize - 1) / pageSize);
        List<String> links = new ArrayList<>();
        links.add(link(requestUri, 1, pageSize, "first"));
        if (page > 1) {
            links.add(link(requestUri, (int) Math.min(page - 1, lastPage), pageSize, "prev"));
        }
        if (page < lastPage) {
            links.add(link(requestUri, page + 1, pageSize, "next"));
        }
        links.add(link(requestUri, (int) lastPage, pageSize, "last"));
        return String.join(", ", links);
    }

    private static String link(URI uri, int page, int pageSize, String rel) {
        StringBuilder query = new StringBuilder();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!name.equals("page") && !name.equals("pageSize")) {
                    query.append(pair).append('&');
                }
            }
        }
        query.append("page=").append(page).append("&pageSize=").append(pageSize);
        return "<" + uri.getRawPath() + "?" + query + ">; rel=\"" + URLEncoder.encode(rel, StandardCharsets.UTF_8)
                + "\"";
    }
}
