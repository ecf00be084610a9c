package dev.throughline.jira.work;

import dev.throughline.jira.provision.FieldSpec;

/**
 * The One-on-One issue's custom fields Throughline writes, by the name and type provisioning gives them. A field is
 * found by both, so a field of the same name but another type is never written to.
 */
enum SessionField {
    PROGRESS_CHECK(FieldSpec.PROGRESS_CHECK),
    BLOCKER_CLEARING(FieldSpec.BLOCKER_CLEARING),
    DEVELOPMENT_THREAD(FieldSpec.DEVELOPMENT_THREAD),
    SESSION_DATE(FieldSpec.SESSION_DATE),
    TALK_SHARE(FieldSpec.TALK_SHARE),
    RECAP(FieldSpec.RECAP);

    private final FieldSpec spec;

    SessionField(FieldSpec spec) {
        this.spec = spec;
    }

    String fieldName() {
        return spec.name();
    }

    String typeKey() {
        return spec.typeKey();
    }
}
