package dev.throughline.standalone.auth;

import dev.throughline.core.people.UserKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * What the sandbox keeps in the HTTP session: the signed-in user and the XSRF token. The token is the classic
 * synchronizer token: random per session, echoed by every mutating request in the {@code X-Atlassian-Token} header
 * or the {@code atl_token} form field, compared in constant time.
 */
public final class SignIn {

    public static final String TOKEN_HEADER = "X-Atlassian-Token";
    public static final String TOKEN_FIELD = "atl_token";
    static final String USER = "throughline.user";
    static final String TOKEN = "throughline.xsrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SignIn() {
    }

    public static Optional<UserKey> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((String) session.getAttribute(USER)).map(UserKey::of);
    }

    /** The session's XSRF token, made with the session when there is none yet. */
    public static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(TOKEN);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(TOKEN, token);
        }
        return token;
    }

    /** Whether the request carries this session's token. */
    static boolean hasValidToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(TOKEN);
        String sent = request.getHeader(TOKEN_HEADER);
        if (sent == null) {
            sent = request.getParameter(TOKEN_FIELD);
        }
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** Starts a new session for the user (the old one is dropped, so a planted session id is worthless). */
    static void signIn(HttpServletRequest request, UserKey user) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(USER, user.value());
    }

    static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
