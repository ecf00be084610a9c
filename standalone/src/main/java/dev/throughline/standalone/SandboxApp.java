package dev.throughline.standalone;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.privacy.UserData;
import dev.throughline.core.service.CommitmentService;
import dev.throughline.core.service.PairingService;
import dev.throughline.core.service.SessionService;
import dev.throughline.core.service.ThreadService;
import dev.throughline.core.service.WorkItems;
import dev.throughline.core.store.OneOnOneStore;
import dev.throughline.core.store.ao.AoDatabase;
import dev.throughline.core.view.DevelopmentViews;
import dev.throughline.core.view.OperatingTemplates;
import dev.throughline.core.view.SessionViews;
import dev.throughline.core.view.TeamViews;
import dev.throughline.standalone.auth.SandboxUsers;
import dev.throughline.standalone.auth.SignInServlet;
import dev.throughline.standalone.auth.SignedInViewer;
import dev.throughline.standalone.pages.PageErrors;
import dev.throughline.standalone.pages.Pages;
import dev.throughline.standalone.pages.Shell;
import dev.throughline.standalone.web.JacksonConfig;
import dev.throughline.standalone.web.JsonErrors;
import dev.throughline.standalone.web.PageRenderer;
import dev.throughline.web.Throughline;
import dev.throughline.web.rest.RestApi;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The sandbox's composition root: opens the database, builds the core's services with the sandbox's ports (its
 * own users, its notifier, the machine's clock), and serves them. Closing stops the server and shuts the database.
 */
public final class SandboxApp implements AutoCloseable {

    /** The password of every seeded sandbox user. */
    public static final String PASSWORD = "throughline";
    static final List<List<String>> USERS = List.of(
            List.of("morgan", "Morgan Lee"), List.of("alex", "Alex Kim"), List.of("sam", "Sam Ortiz"),
            List.of("riley", "Riley Chen"), List.of("jordan", "Jordan Patel"), List.of("casey", "Casey Brooks"),
            List.of("taylor", "Taylor Reed"));

    /**
     * Active Objects' own transactions are serializable unless this property says otherwise. Jira runs Active
     * Objects inside its read-committed transactions, and so does the sandbox: serializable makes PostgreSQL refuse
     * transactions that merely ran side by side. Optimistic versions stay exact: a version claim's key is unique.
     */
    static final String ISOLATION = "ao.transaction.isolation.level";

    private final AoDatabase database;
    private final SandboxServer server;
    private final OneOnOneStore store;
    private final URI uri;

    private SandboxApp(AoDatabase database, SandboxServer server, URI uri) {
        this.database = database;
        this.store = database.store();
        this.server = server;
        this.uri = uri;
    }

    /** Opens the database of {@code options}, seeds the users, loads the demo when asked, and starts serving. */
    public static SandboxApp start(SandboxOptions options, Clock clock) throws Exception {
        return start(options, clock, UnaryOperator.identity());
    }

    /** As {@link #start(SandboxOptions, Clock)}, with the pool seen through {@code measure} (a statement counter). */
    static SandboxApp start(SandboxOptions options, Clock clock, UnaryOperator<DataSource> measure) throws Exception {
        if (System.getProperty(ISOLATION) == null) {
            System.setProperty(ISOLATION, "TRANSACTION_READ_COMMITTED");
        }
        AoDatabase database = AoDatabase.open(measure.apply(SettledIsolation.of(pool(options),
                Connection.TRANSACTION_READ_COMMITTED)), options.url());
        try {
            SandboxUsers users = new SandboxUsers(database.entityManager());
            if (users.isEmpty()) {
                USERS.forEach(user -> users.add(user.get(0), user.get(1), PASSWORD));
            }
            if (options.demo()) {
                DemoLoader.load(database.store(), clock);
            }
            Messages messages = new BundleMessages(Locale.ENGLISH, List.of("dev.throughline.standalone.i18n.sandbox"));
            SignedInViewer viewer = new SignedInViewer();
            Throughline api = services(database.store(), users, viewer, messages, clock);
            PageRenderer renderer = new PageRenderer(messages);
            Shell shell = new Shell(renderer, users);
            SandboxServer server = new SandboxServer(options.port(), rest(api), pages(api, shell),
                    new SignInServlet(renderer, users), viewer);
            return new SandboxApp(database, server, server.start());
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    static Throughline services(OneOnOneStore store, SandboxUsers users, SignedInViewer viewer, Messages messages,
                                Clock clock) {
        return new Throughline(viewer, new SandboxTexts(messages, clock, users),
                new PairingService(store, users, clock),
                new SessionService(store, users, new SandboxNotifier(), WorkItems.NONE, clock),
                new CommitmentService(store, WorkItems.NONE, clock), new ThreadService(store, clock),
                new TeamViews(store), new SessionViews(store), new DevelopmentViews(store),
                new OperatingTemplates(store), new UserData(store));
    }

    private static ResourceConfig rest(Throughline api) {
        ResourceConfig config = new ResourceConfig(RestApi.classes())
                .register(JacksonFeature.withoutExceptionMappers())
                .register(JacksonConfig.class)
                .register(JsonErrors.Unreadable.class)
                .register(JsonErrors.Http.class)
                .register(JsonErrors.Unexpected.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        return config.register(binder(api, null));
    }

    private static ResourceConfig pages(Throughline api, Shell shell) {
        return new ResourceConfig(Pages.class, PageErrors.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .register(binder(api, shell));
    }

    private static AbstractBinder binder(Throughline api, Shell shell) {
        return new AbstractBinder() {
            @Override
            protected void configure() {
                bind(api).to(Throughline.class);
                if (shell != null) {
                    bind(shell).to(Shell.class);
                }
            }
        };
    }

    private static HikariDataSource pool(SandboxOptions options) throws IOException {
        if (options.jdbcUrl() == null) {
            Files.createDirectories(options.dataDirectory());
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(options.url());
        if (options.jdbcUser() != null) {
            config.setUsername(options.jdbcUser());
        }
        if (options.jdbcPassword() != null) {
            config.setPassword(options.jdbcPassword());
        }
        config.setMaximumPoolSize(8);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setMinimumIdle(2);
        config.setPoolName("throughline-sandbox");
        return new HikariDataSource(config);
    }

    public URI uri() {
        return uri;
    }

    public int port() {
        return server.port();
    }

    public OneOnOneStore store() {
        return store;
    }

    AoDatabase database() {
        return database;
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            database.close();
        }
    }
}
