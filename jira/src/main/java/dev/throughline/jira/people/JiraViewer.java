package dev.throughline.jira.people;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserManager;
import dev.throughline.core.people.UserKey;
import dev.throughline.web.Viewer;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** Who is asking, as Jira knows it: the signed-in user's key (stable across renames), empty when anonymous. */
@Named
public class JiraViewer implements Viewer {

    private final UserManager users;

    @Inject
    public JiraViewer(@ComponentImport UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<UserKey> current() {
        return Optional.ofNullable(users.getRemoteUserKey()).map(key -> UserKey.of(key.getStringValue()));
    }
}
