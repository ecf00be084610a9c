package dev.throughline.confluence.jira;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.throughline.confluence.Views;
import dev.throughline.core.macro.MacroParameters;
import dev.throughline.core.macro.Reading;
import dev.throughline.core.view.DevelopmentView;
import dev.throughline.core.view.OperatingTemplateView;
import dev.throughline.core.view.RecapsView;
import dev.throughline.web.rest.PairingResource;
import dev.throughline.web.rest.RestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Reading Throughline for Jira over the application link, as the viewer: each way it can go, and what is kept. */
class JiraClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApplicationLinkService links = mock(ApplicationLinkService.class);
    private final ApplicationLink link = mock(ApplicationLink.class);
    private final ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
    private final ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
    private final Response response = mock(Response.class);
    private final UserManager users = mock(UserManager.class);
    private final AtomicLong nanos = new AtomicLong();
    private JiraClient client;

    @BeforeEach
    void linkedToJira() throws Exception {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(link);
        when(link.createImpersonatingAuthenticatedRequestFactory()).thenReturn(factory);
        when(factory.createRequest(eq(Request.MethodType.GET), anyString())).thenReturn(request);
        when(request.execute(anyHandler())).thenAnswer(
                call -> call.<ApplicationLinkResponseHandler<?>>getArgument(0).handle(response));
        viewing("alex-key");
        client = new JiraClient(links, users, nanos::get);
    }

    /** Any response handler, whatever it returns. */
    private static <R> ApplicationLinkResponseHandler<R> anyHandler() {
        return any();
    }

    private void viewing(String key) {
        UserKey user = mock(UserKey.class);
        when(user.getStringValue()).thenReturn(key);
        when(users.getRemoteUserKey()).thenReturn(user);
    }

    private void answers(int status, String body) throws ResponseException {
        when(response.getStatusCode()).thenReturn(status);
        when(response.getResponseBodyAsString()).thenReturn(body);
    }

    @Test
    void readsTheDevelopmentViewAsJiraSendsIt() throws Exception {
        DevelopmentView sent = Views.development(Views.thread("Public speaking", 3), false);
        answers(200, JSON.writeValueAsString(sent));

        Reading<DevelopmentView> read = client.development(7);

        assertEquals(new Reading.Data<>(sent), read);
        verify(factory).createRequest(Request.MethodType.GET, "rest/throughline/1.0/pairing/7/development");
    }

    @Test
    void readsRecapsWithTheirLimitAndTheTemplate() throws Exception {
        RecapsView recaps = Views.recaps(2, "Discussed X.");
        answers(200, JSON.writeValueAsString(recaps));
        assertEquals(new Reading.Data<>(recaps), client.recaps(7, 3));
        verify(factory).createRequest(Request.MethodType.GET, "rest/throughline/1.0/pairing/7/recaps?limit=3");

        OperatingTemplateView template = Views.filledTemplate("Ship it");
        answers(200, JSON.writeValueAsString(template));
        assertEquals(new Reading.Data<>(template), client.template(7));
    }

    @Test
    void anEmptyHistoryAndNoRecapsAreDataToo() throws Exception {
        answers(200, JSON.writeValueAsString(Views.recaps(0, "unused")));
        Reading<RecapsView> read = client.recaps(7, 5);
        assertEquals(List.of(), ((Reading.Data<RecapsView>) read).value().recaps());
    }

    @Test
    void findsThePairingByReportAndManagerIgnoringWhatItDoesNotNeed() throws Exception {
        answers(200, "[{\"id\":12,\"manager\":\"morgan\",\"report\":\"a b&c\",\"teamStartDate\":\"2026-01-05\","
                + "\"lessConfident\":false,\"cadence\":null}]");

        assertEquals(new Reading.Data<>(12L), client.pairing("a b&c", "morgan"));
        verify(factory).createRequest(Request.MethodType.GET,
                "rest/throughline/1.0/pairing?report=a+b%26c&manager=morgan");
    }

    @Test
    void noPairingTheViewerSharesIsNotPermittedNotNotFound() throws Exception {
        answers(200, "[]");
        assertInstanceOf(Reading.NotPermitted.class, client.pairing("casey", null));
    }

    @Test
    void noJiraLinkMeansNoLink() {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(null);
        assertInstanceOf(Reading.NoLink.class, client.development(7));
    }

    @Test
    void aLinkThatCannotActAsTheViewerIsNoLinkToo() {
        when(link.createImpersonatingAuthenticatedRequestFactory()).thenReturn(null);
        assertInstanceOf(Reading.NoLink.class, client.development(7));
    }

    @Test
    void noAnswerInTimeIsUnreachableAndEveryRequestHasShortTimeouts() throws Exception {
        doThrow(new ResponseException()).when(request).execute(anyHandler());

        assertInstanceOf(Reading.Unreachable.class, client.development(7));
        verify(request).setConnectionTimeout(3_000);
        verify(request).setSoTimeout(3_000);
        verify(request).setHeader("Accept", "application/json");
    }

    @Test
    void aFailingJiraIsUnreachable() throws Exception {
        answers(503, "<html>down</html>");
        assertInstanceOf(Reading.Unreachable.class, client.development(7));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404})
    void aRefusalAndNotFoundReadTheSame(int status) throws Exception {
        answers(status, "{\"error\":\"Not found\"}");
        assertInstanceOf(Reading.NotPermitted.class, client.development(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[1,2]", "null", "\"text\"", "<html>login</html>"})
    void anAnswerThatIsNotTheViewIsMalformed(String body) throws Exception {
        answers(200, body);
        assertInstanceOf(Reading.Malformed.class, client.development(7));
    }

    @Test
    void anUnexpectedStatusIsMalformed() throws Exception {
        answers(302, "");
        assertInstanceOf(Reading.Malformed.class, client.development(7));
    }

    @Test
    void aViewerWhoHasNotAuthorisedTheLinkIsToldWhere() throws Exception {
        CredentialsRequiredException needed = mock(CredentialsRequiredException.class);
        URI where = URI.create("https://confluence.example/plugins/servlet/applinks/oauth/login-dance/authorize");
        when(needed.getAuthorisationURI()).thenReturn(where);
        when(factory.createRequest(eq(Request.MethodType.GET), anyString())).thenThrow(needed);

        assertEquals(new Reading.NeedsAuthorisation<>(where), client.development(7));
    }

    @Test
    void jiraAskingForCredentialsMidRequestAlsoAsksForAuthorisation() throws Exception {
        URI where = URI.create("https://confluence.example/authorize");
        when(factory.getAuthorisationURI()).thenReturn(where);
        doAnswer(call -> call.<ApplicationLinkResponseHandler<?>>getArgument(0).credentialsRequired(response))
                .when(request).execute(anyHandler());

        assertEquals(new Reading.NeedsAuthorisation<>(where), client.recaps(7, 5));
    }

    @Test
    void aSecondReadByTheSameViewerComesFromTheCache() throws Exception {
        answers(200, JSON.writeValueAsString(Views.recaps(1, "line")));

        Reading<RecapsView> first = client.recaps(7, 5);
        Reading<RecapsView> second = client.recaps(7, 5);

        assertEquals(first, second);
        verify(request, times(1)).execute(anyHandler());
    }

    @Test
    void anotherViewerNeverGetsWhatTheFirstWasShown() throws Exception {
        answers(200, JSON.writeValueAsString(Views.recaps(1, "line")));
        client.recaps(7, 5);

        viewing("casey-key");
        answers(404, "");
        assertInstanceOf(Reading.NotPermitted.class, client.recaps(7, 5));
        verify(request, times(2)).execute(anyHandler());
    }

    @Test
    void aKeptAnswerIsReadAgainAfterAMinute() throws Exception {
        answers(200, JSON.writeValueAsString(Views.recaps(1, "line")));
        client.recaps(7, 5);
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        client.recaps(7, 5);
        verify(request, times(2)).execute(anyHandler());
    }

    @Test
    void anErrorAnswerIsNotKeptSoARecoveredJiraIsReadAtOnce() throws Exception {
        answers(503, "<html>down</html>");
        assertInstanceOf(Reading.Unreachable.class, client.recaps(7, 5));

        answers(200, JSON.writeValueAsString(Views.recaps(1, "line")));
        assertInstanceOf(Reading.Data.class, client.recaps(7, 5));
        verify(request, times(2)).execute(anyHandler());
    }

    @Test
    void aJiraThatGaveNoAnswerIsLeftAloneForAFewSecondsByEveryone() throws Exception {
        doThrow(new ResponseException())
                .doAnswer(call -> call.<ApplicationLinkResponseHandler<?>>getArgument(0).handle(response))
                .when(request).execute(anyHandler());
        answers(200, JSON.writeValueAsString(Views.recaps(1, "line")));

        assertInstanceOf(Reading.Unreachable.class, client.recaps(7, 5));
        assertInstanceOf(Reading.Unreachable.class, client.development(7), "another macro of the page");
        viewing("casey-key");
        assertInstanceOf(Reading.Unreachable.class, client.recaps(7, 5), "another viewer");
        verify(request, times(1)).execute(anyHandler());

        nanos.addAndGet(JiraClient.SILENT_PAUSE.toNanos());
        assertInstanceOf(Reading.Data.class, client.recaps(7, 5));
        verify(request, times(2)).execute(anyHandler());
    }

    @Test
    void anAnonymousViewerIsAskedForSeparately() throws Exception {
        when(users.getRemoteUserKey()).thenReturn(null);
        answers(401, "");
        assertInstanceOf(Reading.NotPermitted.class, client.development(7));
        verify(factory, never()).getAuthorisationURI();
    }

    @Test
    void theClientReadsWhereJirasRestApiServes() {
        assertEquals(RestApi.BASE_PATH.substring(1) + "/", JiraClient.BASE_PATH);
    }

    @Test
    void aLimitAsksForNoMoreThanJiraServes() {
        assertEquals(PairingResource.MAX_RECAPS, MacroParameters.MOST);
    }
}
