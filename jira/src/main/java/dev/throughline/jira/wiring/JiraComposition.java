package dev.throughline.jira.wiring;

import dev.throughline.core.privacy.UserData;
import dev.throughline.core.service.CommitmentService;
import dev.throughline.core.service.PairingService;
import dev.throughline.core.service.SessionService;
import dev.throughline.core.service.ThreadService;
import dev.throughline.core.service.TrackedStore;
import dev.throughline.core.store.OneOnOneStore;
import dev.throughline.core.store.ao.AoStore;
import dev.throughline.core.view.DevelopmentViews;
import dev.throughline.core.view.OperatingTemplates;
import dev.throughline.core.view.SessionViews;
import dev.throughline.core.view.TeamViews;
import dev.throughline.jira.mail.JiraRecapMail;
import dev.throughline.jira.people.JiraPeople;
import dev.throughline.jira.people.JiraTexts;
import dev.throughline.jira.people.JiraViewer;
import dev.throughline.jira.store.ActiveObjectsAccess;
import dev.throughline.jira.work.JiraWorkItems;
import dev.throughline.web.Throughline;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The plugin's composition root: the core's services and views on Jira's Active Objects, users, languages, mail
 * queue and issues (sessions as One-on-One issues, commitments as their sub-tasks, done when resolved), as the one
 * {@link Throughline} the REST resources and pages are given. The core's classes carry no container
 * annotations, so Spring makes the {@code throughline} bean from {@link #throughline()} (see
 * {@code META-INF/spring/plugin-context.xml}). Dates a rule decides on (today, a commitment's day) are the Jira
 * server's; what a person reads is in their own time zone ({@link JiraTexts}).
 */
@Named(JiraComposition.NAME)
public class JiraComposition {

    /**
     * The system property that bounds the rows of pairings' records each Jira node keeps ({@link AoStore#CACHED_ROWS}
     * unless set; 0 keeps none): {@code -Dthroughline.cached.rows=50000} in Jira's JVM options.
     */
    public static final String CACHED_ROWS = "throughline.cached.rows";

    /** This component's bean name, which the Spring context names as the factory of the {@code throughline} bean. */
    public static final String NAME = "throughlineComposition";

    private final ActiveObjectsAccess activeObjects;
    private final JiraViewer viewer;
    private final JiraTexts texts;
    private final JiraPeople people;
    private final JiraRecapMail mail;
    private final JiraWorkItems workItems;

    @Inject
    public JiraComposition(ActiveObjectsAccess activeObjects, JiraViewer viewer, JiraTexts texts, JiraPeople people,
                           JiraRecapMail mail, JiraWorkItems workItems) {
        this.activeObjects = activeObjects;
        this.viewer = viewer;
        this.texts = texts;
        this.people = people;
        this.mail = mail;
        this.workItems = workItems;
    }

    public Throughline throughline() {
        OneOnOneStore store = new TrackedStore(new AoStore(activeObjects,
                Math.max(0, Long.getLong(CACHED_ROWS, AoStore.CACHED_ROWS))), workItems);
        Clock clock = new ViewerClock(Clock.systemUTC(),
                () -> viewer.current().map(texts::zoneOf).orElseGet(ZoneId::systemDefault));
        return new Throughline(viewer, texts, new PairingService(store, people, clock),
                new SessionService(store, people, mail, workItems, clock),
                new CommitmentService(store, workItems, clock),
                new ThreadService(store, clock), new TeamViews(store), new SessionViews(store),
                new DevelopmentViews(store), new OperatingTemplates(store), new UserData(store));
    }
}
