package dev.throughline.standalone;

import dev.throughline.standalone.auth.SandboxUserEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who gets in, how the session cookie is set, and that no change goes through without the XSRF token. */
class SignInTest {

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox(false);

    @Test
    void theHealthCheckAnswersAnyone() throws Exception {
        HttpResponse<String> health = SANDBOX.client().rest("GET", "health", null);
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"ok\"}", health.body());
    }

    @Test
    void anonymousRestCallsAre401AndPagesRedirectToSignIn() throws Exception {
        SandboxClient anonymous = SANDBOX.client();
        HttpResponse<String> team = anonymous.rest("GET", "team", null);
        assertEquals(401, team.statusCode());
        assertEquals("Sign in first.", SandboxClient.JSON.readTree(team.body()).get("error").asText());
        HttpResponse<String> page = anonymous.get("/session/1?x=y");
        assertEquals(302, page.statusCode());
        assertEquals("/login?next=%2Fsession%2F1%3Fx%3Dy", page.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
        SandboxClient client = SANDBOX.client();
        String token = SandboxClient.token(client.get("/login").body());
        HttpResponse<String> wrongPassword = client.form("/login", Map.of("username", "morgan", "password", "nope",
                "atl_token", token));
        HttpResponse<String> noSuchUser = client.form("/login", Map.of("username", "nobody", "password", "nope",
                "atl_token", token));
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, noSuchUser.statusCode());
        assertTrue(wrongPassword.body().contains("That username and password do not match."));
        assertTrue(noSuchUser.body().contains("That username and password do not match."));
        assertEquals(wrongPassword.body().length() + ("nobody".length() - "morgan".length()),
                noSuchUser.body().length(), "the same page, but for the name typed");
        assertEquals(401, client.rest("GET", "team", null).statusCode(), "still not signed in");
    }

    @Test
    void signingInStartsAFreshSessionWithASafeCookieAndReturnsToThePageAsked() throws Exception {
        SandboxClient client = SANDBOX.client();
        String token = SandboxClient.token(client.get("/login").body());
        String before = client.cookie(SandboxServer.SESSION_COOKIE);
        HttpResponse<String> signedIn = client.form("/login", Map.of("username", "morgan", "password",
                SandboxApp.PASSWORD, "atl_token", token, "next", "/team"));
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/team"));
        String cookie = client.setCookies(signedIn).stream()
                .filter(c -> c.startsWith(SandboxServer.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertNotEquals(before, client.cookie(SandboxServer.SESSION_COOKIE), "a new session id after sign-in");
        assertEquals(200, client.get("/team").statusCode());
    }

    @Test
    void signInNeverRedirectsAwayFromTheSandbox() throws Exception {
        for (String next : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example"}) {
            SandboxClient client = SANDBOX.client();
            String token = SandboxClient.token(client.get("/login").body());
            HttpResponse<String> signedIn = client.form("/login", Map.of("username", "alex", "password",
                    SandboxApp.PASSWORD, "atl_token", token, "next", next));
            String location = signedIn.headers().firstValue("Location").orElseThrow()
                    .replaceFirst("^http://localhost:" + SANDBOX.app().port(), "");
            assertEquals("/", location, next + " led to " + location);
        }
    }

    @Test
    void changesWithoutTheTokenAreRefused() throws Exception {
        SandboxClient morgan = SANDBOX.as("morgan");
        HttpResponse<String> refused = morgan.restWithoutToken("POST", "pairing",
                "{\"report\":\"alex\",\"teamStartDate\":\"2025-01-06\"}");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("XSRF"), refused.body());
        assertEquals(0, SANDBOX.app().store().pairingsOf(dev.throughline.core.people.UserKey.of("morgan")).stream()
                .filter(p -> p.report().value().equals("alex")).count(), "nothing written");
        SandboxClient client = SANDBOX.client();
        client.get("/login");
        assertEquals(403, client.form("/login", Map.of("username", "morgan", "password", SandboxApp.PASSWORD))
                .statusCode(), "the sign-in form needs its token too");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        SandboxClient alex = SANDBOX.as("alex");
        String token = SandboxClient.token(alex.get("/me").body());
        assertEquals(302, alex.form("/logout", Map.of("atl_token", token)).statusCode());
        assertEquals(401, alex.rest("GET", "me", null).statusCode());
    }

    @Test
    void pagesCarrySecurityHeadersAndPasswordsAreStoredHashed() throws Exception {
        HttpResponse<String> login = SANDBOX.client().get("/login");
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElseThrow());
        SandboxUserEntity[] rows = SANDBOX.app().database().entityManager().find(SandboxUserEntity.class,
                "USER_KEY = ?", "morgan");
        assertEquals(1, rows.length);
        assertTrue(rows[0].getPasswordHash().startsWith("$2a$"), "a bcrypt hash");
        assertFalse(rows[0].getPasswordHash().contains(SandboxApp.PASSWORD));
    }
}
