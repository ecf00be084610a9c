package dev.throughline.core.script;

import java.time.LocalDate;

/** Builds script contexts for tests: empty by default, each field set on its own. */
final class ContextBuilder {

    static final LocalDate DUE = LocalDate.of(2026, 11, 6);
    static final LocalDate REVIEW = LocalDate.of(2026, 11, 30);

    private String reportName;
    private String previousFocus;
    private String missedCommitment;
    private LocalDate missedDueDate;
    private String skill;
    private String gap;
    private String whatGoodLooksLike;
    private String nextStep;
    private LocalDate reviewDate;
    private String observation;
    private boolean newInRole;
    private boolean lessConfident;
    private boolean gapFlagged;
    private boolean firstSession;

    static ContextBuilder empty() {
        return new ContextBuilder();
    }

    /** Every field with data; no tone flag set. */
    static ContextBuilder full() {
        return empty().reportName("Priya").previousFocus("the migration plan")
                .missed("send the Friday update", DUE).skill("stakeholder communication")
                .gap("updates arrive late and without a recommendation")
                .whatGoodLooksLike("a one-page update every Friday with a clear ask")
                .nextStep("draft the first update").reviewDate(REVIEW)
                .observation("the release notes slipped two sprints running");
    }

    ContextBuilder reportName(String value) {
        reportName = value;
        return this;
    }

    ContextBuilder previousFocus(String value) {
        previousFocus = value;
        return this;
    }

    ContextBuilder missed(String text, LocalDate due) {
        missedCommitment = text;
        missedDueDate = due;
        return this;
    }

    ContextBuilder skill(String value) {
        skill = value;
        return this;
    }

    ContextBuilder gap(String value) {
        gap = value;
        return this;
    }

    ContextBuilder whatGoodLooksLike(String value) {
        whatGoodLooksLike = value;
        return this;
    }

    ContextBuilder nextStep(String value) {
        nextStep = value;
        return this;
    }

    ContextBuilder reviewDate(LocalDate value) {
        reviewDate = value;
        return this;
    }

    ContextBuilder observation(String value) {
        observation = value;
        return this;
    }

    ContextBuilder newInRole(boolean value) {
        newInRole = value;
        return this;
    }

    ContextBuilder lessConfident(boolean value) {
        lessConfident = value;
        return this;
    }

    ContextBuilder gapFlagged(boolean value) {
        gapFlagged = value;
        return this;
    }

    ContextBuilder firstSession(boolean value) {
        firstSession = value;
        return this;
    }

    ScriptContext build() {
        return new ScriptContext(reportName, previousFocus, missedCommitment, missedDueDate, skill, gap,
                whatGoodLooksLike, nextStep, reviewDate, observation, newInRole, lessConfident, gapFlagged,
                firstSession);
    }
}
