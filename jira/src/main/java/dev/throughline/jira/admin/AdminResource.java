package dev.throughline.jira.admin;

import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.user.UserManager;
import dev.throughline.core.DomainException;
import dev.throughline.core.ForbiddenException;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.view.ViewText;
import dev.throughline.jira.people.JiraTexts;
import dev.throughline.jira.provision.ProvisionReport;
import dev.throughline.jira.provision.Provisioner;
import dev.throughline.jira.provision.ThroughlineProject;
import dev.throughline.web.Throughline;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The administrator's settings: which project holds the one-on-ones, and provisioning on demand (the issue types,
 * the fields, the project's issue type scheme), answered with the report of what was found, created or could not be
 * done. Administrators only: REST v2 enforces it, and so does each method, in case the annotation is not honoured.
 */
@Named
@AdminOnly
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminResource {

    /** Jira's default project key pattern: an upper-case letter, then upper-case letters, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    private final Throughline api;
    private final UserManager users;
    private final ProjectManager projects;
    private final ThroughlineProject project;
    private final Provisioner provisioner;
    private final JiraTexts texts;
    private final CommitmentsFilter filter;

    @Inject
    public AdminResource(Throughline api, @ComponentImport UserManager users,
                         @ComponentImport ProjectManager projects, ThroughlineProject project, Provisioner provisioner,
                         JiraTexts texts, CommitmentsFilter filter) {
        this.api = api;
        this.users = users;
        this.projects = projects;
        this.project = project;
        this.provisioner = provisioner;
        this.texts = texts;
        this.filter = filter;
    }

    public record Settings(String project) {
    }

    /** A report item as the page shows it, in the administrator's language. */
    public record ItemJson(String subject, String name, String state, String stateText, String message) {
    }

    public record ReportJson(String project, boolean succeeded, List<ItemJson> items) {
    }

    /** The filter made: its id, its JQL and where Jira shows it (below Jira's context path). */
    public record FilterJson(long id, String name, String jql, String path) {
    }

    @GET
    @Path("settings")
    public Settings settings() {
        administrator();
        return new Settings(project.key().orElse(null));
    }

    /** Chooses the project, then provisions so its issue type scheme offers the two types at once. */
    @PUT
    @Path("settings")
    public ReportJson choose(Settings settings) {
        UserKey admin = administrator();
        String key = settings == null || settings.project() == null ? ""
                : settings.project().trim().toUpperCase(Locale.ROOT);
        if (!PROJECT_KEY.matcher(key).matches() || projects.getProjectObjByKey(key) == null) {
            throw new DomainException("throughline.admin.project.unknown", "project", key);
        }
        project.choose(key);
        return report(admin, provisioner.provision());
    }

    @POST
    @Path("provision")
    public ReportJson provision() {
        return report(administrator(), provisioner.provision());
    }

    /** Creates the shared filter "My 1:1 commitments" that a board of commitments can use. */
    @POST
    @Path("filter")
    public FilterJson createFilter() {
        UserKey admin = administrator();
        long id = filter.create(texts.of(admin).text("throughline.admin.filter.description"));
        return new FilterJson(id, CommitmentsFilter.NAME, filter.jql(), "/issues/?filter=" + id);
    }

    private UserKey administrator() {
        UserKey viewer = api.signedIn();
        if (!users.isAdmin(new com.atlassian.sal.api.user.UserKey(viewer.value()))) {
            throw new ForbiddenException("throughline.admin.only");
        }
        return viewer;
    }

    private ReportJson report(UserKey admin, ProvisionReport report) {
        ViewText text = texts.of(admin);
        List<ItemJson> items = report.items().stream().map(item -> new ItemJson(text.text(item.subject().key()),
                item.name(), item.state().name(), text.text(item.state().key()),
                text.text(item.message().key(), item.arguments().toArray()))).toList();
        return new ReportJson(project.key().orElse(null), report.succeeded(), items);
    }
}
