package nl.trede.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    @Test
    void middlePageHasAllFourLinksAndKeepsOtherParameters() {
        URI uri = URI.create("http://h/api/intake/v1/audit?klantId=abc&page=2&pageSize=10&x=a%20b");
        assertEquals("</api/intake/v1/audit?klantId=abc&x=a%20b&page=1&pageSize=10>; rel=\"first\", "
                + "</api/intake/v1/audit?klantId=abc&x=a%20b&page=1&pageSize=10>; rel=\"prev\", "
                + "</api/intake/v1/audit?klantId=abc&x=a%20b&page=3&pageSize=10>; rel=\"next\", "
                + "</api/intake/v1/audit?klantId=abc&x=a%20b&page=3&pageSize=10>; rel=\"last\"",
                PageLinks.header(uri, 2, 10, 25));
    }

    @Test
    void singleAndEmptyPagesHaveOnlyFirstAndLast() {
        URI uri = URI.create("/a?klantId=k");
        String expected = "</a?klantId=k&page=1&pageSize=20>; rel=\"first\", </a?klantId=k&page=1&pageSize=20>; "
                + "rel=\"last\"";
        assertEquals(expected, PageLinks.header(uri, 1, 20, 0));
        assertEquals(expected, PageLinks.header(uri, 1, 20, 20));
    }

    @Test
    void aPageBeyondTheEndPointsBackToTheLastPage() {
        assertEquals("</a?page=1&pageSize=5>; rel=\"first\", </a?page=2&pageSize=5>; rel=\"prev\", "
                + "</a?page=2&pageSize=5>; rel=\"last\"", PageLinks.header(URI.create("/a?page=9"), 9, 5, 6));
    }
}
