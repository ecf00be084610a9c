package dev.throughline.jira.provision;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.throughline.jira.provision.ProvisionReport.Item;
import dev.throughline.jira.provision.ProvisionReport.State;
import dev.throughline.jira.provision.ProvisionReport.Subject;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ofbiz.core.entity.GenericEntityException;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds a custom field by its name and its type, or creates it. Jira allows several fields of one name, so a field of
 * the right name but another type is never reused, and a field is never created twice: a creation that fails is not
 * retried, and whatever it left behind is found by the next run.
 *
 * <p>New fields take the global context restricted to the One-on-One issue type: they apply wherever an administrator
 * offers that type, the configured project included, and follow it to another project without a context of their
 * own to move.
 */
@Named
public final class FieldProvisioning {

    private final CustomFieldManager fields;

    @Inject
    public FieldProvisioning(@ComponentImport CustomFieldManager fields) {
        this.fields = fields;
    }

    Item ensure(FieldSpec spec, Optional<IssueType> oneOnOne) {
        List<CustomField> named = named(spec);
        List<CustomField> matching = ofType(named, spec);
        if (!matching.isEmpty()) {
            return found(spec, matching);
        }
        if (oneOnOne.isEmpty()) {
            return item(spec, State.SKIPPED, ProvisionMessage.FIELD_NEEDS_ISSUE_TYPE, IssueTypeSpec.ONE_ON_ONE.name());
        }
        return create(spec, oneOnOne.get(), named);
    }

    @SuppressWarnings("rawtypes")
    private Item create(FieldSpec spec, IssueType oneOnOne, List<CustomField> sameName) {
        CustomFieldType type = fields.getCustomFieldType(spec.typeKey());
        if (type == null) {
            return item(spec, State.FAILED, ProvisionMessage.FIELD_TYPE_MISSING, spec.typeKey());
        }
        CustomFieldSearcher searcher = fields.getCustomFieldSearcher(spec.searcherKey());
        if (searcher == null) {
            return item(spec, State.FAILED, ProvisionMessage.FIELD_SEARCHER_MISSING, spec.searcherKey());
        }
        try {
            CustomField created = fields.createCustomField(spec.name(), spec.description(), type, searcher,
                    List.of(GlobalIssueContext.getInstance()), List.of(oneOnOne));
            if (sameName.isEmpty()) {
                return item(spec, State.CREATED, ProvisionMessage.FIELD_CREATED, created.getId());
            }
            return item(spec, State.CREATED, ProvisionMessage.FIELD_CREATED_BESIDE_OTHER, created.getId(),
                    typeKeys(sameName));
        } catch (GenericEntityException | RuntimeException e) {
            return failed(spec, e);
        }
    }

    /** A failed creation may still have written the field; say so, so the administrator checks the one the next run reuses. */
    private Item failed(FieldSpec spec, Exception failure) {
        String reason = ProvisionMessage.describe(failure);
        try {
            List<CustomField> left = ofType(named(spec), spec);
            if (!left.isEmpty()) {
                return item(spec, State.FAILED, ProvisionMessage.FIELD_FAILED_PART_WAY, reason, left.get(0).getId());
            }
        } catch (RuntimeException lookAgain) {
            failure.addSuppressed(lookAgain);
        }
        return item(spec, State.FAILED, ProvisionMessage.FIELD_FAILED, reason);
    }

    private List<CustomField> named(FieldSpec spec) {
        Collection<CustomField> named = fields.getCustomFieldObjectsByName(spec.name());
        return named == null ? List.of() : List.copyOf(named);
    }

    private static List<CustomField> ofType(List<CustomField> named, FieldSpec spec) {
        return named.stream().filter(field -> spec.typeKey().equals(typeKey(field))).toList();
    }

    private static Item found(FieldSpec spec, List<CustomField> matching) {
        if (matching.size() == 1) {
            return item(spec, State.FOUND, ProvisionMessage.FIELD_FOUND, matching.get(0).getId());
        }
        return item(spec, State.FOUND, ProvisionMessage.FIELD_FOUND_SEVERAL, matching.get(0).getId(),
                String.valueOf(matching.size()));
    }

    /** A field whose type's plugin is gone has no type; it matches nothing. */
    private static String typeKey(CustomField field) {
        CustomFieldType<?, ?> type = field.getCustomFieldType();
        return type == null ? "?" : type.getKey();
    }

    private static String typeKeys(List<CustomField> fields) {
        return fields.stream().map(FieldProvisioning::typeKey).distinct().collect(Collectors.joining(", "));
    }

    private static Item item(FieldSpec spec, State state, ProvisionMessage message, String... arguments) {
        return Item.of(Subject.FIELD, spec.name(), state, message, arguments);
    }
}
