package dev.throughline.standalone.auth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where sign-in may send the browser next: a path of this site, never another site. Browsers drop tabs and line
 * breaks from a URL and read a backslash as a slash, so {@code "/\t/evil.example"} is {@code //evil.example} to them.
 */
class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/team", "/session/12/prep?x=y", "/me#recaps", "/login?next=%2F%2Fevil.example",
            "/team/", "/session/12/prep?back=/team//x"})
    void aPathOfThisSiteIsKept(String next) {
        assertEquals(next, SignInServlet.localPath(next));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"team", "//evil.example", "///evil.example", "https://evil.example/",
            "javascript:alert(1)", "/\\evil.example", "\\\\evil.example", "/\t/evil.example", "/\n/evil.example",
            "/\r/evil.example", "/\t\\evil.example", " //evil.example", "/team\r\nSet-Cookie: x=y",
            // the server tidies these to "//evil.example" before it writes the redirect
            "/.//evil.example", "/x/..//evil.example", "/%2e//evil.example", "/x/%2E%2E//evil.example",
            "/team//evil.example", "/%5Cevil.example", "/%zz"})
    void anythingElseGoesHome(String next) {
        assertEquals("/", SignInServlet.localPath(next));
    }
}
