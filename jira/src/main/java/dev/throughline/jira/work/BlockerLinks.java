package dev.throughline.jira.work;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A blocker follow-up blocks the issue it unblocks: Jira's "Blocks" link from the follow-up's sub-task to that issue,
 * so the blocked issue shows "is blocked by" the manager's promise until it is resolved.
 */
@Named
public class BlockerLinks {

    /** Jira's own link type for it, by name. */
    static final String BLOCKS = "Blocks";

    private final IssueCalls issues;
    private final IssueLinkTypeManager linkTypes;
    private final IssueLinkManager links;

    @Inject
    public BlockerLinks(IssueCalls issues, @ComponentImport IssueLinkTypeManager linkTypes,
            @ComponentImport IssueLinkManager links) {
        this.issues = issues;
        this.linkTypes = linkTypes;
        this.links = links;
    }

    /** The blocked issue and the link to it, checked before anything is created. */
    record Blocker(Issue blocked, IssueLinkType type) {
    }

    /** The issue the user typed, if they may see it, and the link type; refused otherwise. */
    Blocker find(ApplicationUser user, String key) {
        Issue blocked = issues.visible(user, key.strip())
                .orElseThrow(() -> new WorkRefusal("throughline.work.blockedUnknown", "blockedItemKey", key.strip()));
        IssueLinkType type = linkTypes.getIssueLinkTypesByName(BLOCKS).stream().findFirst()
                .orElseThrow(() -> new WorkRefusal("throughline.work.linkTypeMissing", "blockedItemKey", BLOCKS));
        return new Blocker(blocked, type);
    }

    /** The follow-up blocks the blocked issue. */
    void link(ApplicationUser user, Issue followUp, Blocker blocker) throws CreateException {
        links.createIssueLink(followUp.getId(), blocker.blocked().getId(), blocker.type().getId(), null, user);
    }
}
