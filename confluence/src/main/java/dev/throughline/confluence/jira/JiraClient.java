package dev.throughline.confluence.jira;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.throughline.core.macro.ApiMacroSource;
import dev.throughline.core.macro.Reading;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;
import java.util.Objects;

/**
 * Reads Throughline for Jira's REST API over Confluence's primary Jira application link, as the viewing user, so
 * Jira's own checks decide what each viewer sees. Requests give up after a few seconds, so a slow Jira slows a page
 * only so much; answers are kept a minute per viewer and address (bounded), so a page with several macros, or one
 * viewed again, asks Jira once. Only data and refusals are kept: a link the viewer has just authorised, or a Jira
 * that answers again, is read again at once. A Jira that did not answer at all (down, or too slow) is not asked again
 * for a few seconds, by anyone: each macro of each page would otherwise wait out the time-outs again.
 */
@Named
public class JiraClient extends ApiMacroSource {

    /** Where Throughline's REST API lives on Jira, relative to the link's address (web's {@code RestApi.BASE_PATH}). */
    public static final String BASE_PATH = "rest/throughline/1.0/";
    /** Connect and read time-outs of every request, in milliseconds. */
    static final int TIMEOUT_MILLIS = 3_000;
    static final Duration KEPT_FOR = Duration.ofSeconds(60);
    static final long MOST_KEPT = 1_000;
    /** How long a Jira that gave no answer is left alone. */
    static final Duration SILENT_PAUSE = Duration.ofSeconds(10);

    private static final String ANONYMOUS = "";

    private final ApplicationLinkService links;
    private final UserManager users;
    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final Cache<Key, Reading<?>> kept;
    private final Ticker ticker;
    /** Until when (ticker nanos) Jira is left alone, once it gave no answer; null while it answers. */
    private volatile Long silentUntil;

    @Inject
    public JiraClient(@ComponentImport ApplicationLinkService links, @ComponentImport UserManager users) {
        this(links, users, Ticker.systemTicker());
    }

    JiraClient(ApplicationLinkService links, UserManager users, Ticker ticker) {
        this.links = Objects.requireNonNull(links, "links");
        this.users = Objects.requireNonNull(users, "users");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.kept = Caffeine.newBuilder().maximumSize(MOST_KEPT).expireAfterWrite(KEPT_FOR).ticker(ticker).build();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <T> Reading<T> read(String path, Class<T> type) {
        Key key = new Key(viewer(), path);
        Reading<?> known = kept.getIfPresent(key);
        if (known != null) {
            return (Reading<T>) known;
        }
        Long silent = silentUntil;
        if (silent != null && ticker.read() - silent < 0) {
            return new Reading.Unreachable<>();
        }
        Reading<T> result = fetch(BASE_PATH + path, type);
        if (result instanceof Reading.Data || result instanceof Reading.NotPermitted) {
            kept.put(key, result);
        }
        return result;
    }

    private <T> Reading<T> fetch(String url, Class<T> type) {
        ApplicationLink jira = links.getPrimaryApplicationLink(JiraApplicationType.class);
        ApplicationLinkRequestFactory factory = jira == null ? null
                : jira.createImpersonatingAuthenticatedRequestFactory();
        if (factory == null) {
            return new Reading.NoLink<>();
        }
        try {
            ApplicationLinkRequest request = factory.createRequest(Request.MethodType.GET, url);
            request.setConnectionTimeout(TIMEOUT_MILLIS);
            request.setSoTimeout(TIMEOUT_MILLIS);
            request.setHeader("Accept", "application/json");
            Reading<T> answered = request.execute(new Reader<>(factory, type));
            silentUntil = null;
            return answered;
        } catch (CredentialsRequiredException e) {
            return new Reading.NeedsAuthorisation<>(e.getAuthorisationURI());
        } catch (ResponseException e) {
            silentUntil = ticker.read() + SILENT_PAUSE.toNanos();
            return new Reading.Unreachable<>();
        }
    }

    private String viewer() {
        UserKey key = users.getRemoteUserKey();
        return key == null ? ANONYMOUS : key.getStringValue();
    }

    /** The body as {@code type}, or null when it is no such JSON. */
    private <T> T parsed(String body, Class<T> type) {
        try {
            return body == null ? null : json.readValue(body, type);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** One viewer's read of one address: answers are never shared between viewers. */
    private record Key(String viewer, String path) {
    }

    /** Turns Jira's answer into a result: 200 is read, 401/403/404 are one refusal, anything else is unreadable. */
    private final class Reader<T> implements ApplicationLinkResponseHandler<Reading<T>> {

        private final ApplicationLinkRequestFactory factory;
        private final Class<T> type;

        Reader(ApplicationLinkRequestFactory factory, Class<T> type) {
            this.factory = factory;
            this.type = type;
        }

        @Override
        public Reading<T> credentialsRequired(Response response) {
            return new Reading.NeedsAuthorisation<>(factory.getAuthorisationURI());
        }

        @Override
        public Reading<T> handle(Response response) throws ResponseException {
            int status = response.getStatusCode();
            String body = status == 200 ? response.getResponseBodyAsString() : null;
            return Reading.answer(status, () -> parsed(body, type));
        }
    }
}
