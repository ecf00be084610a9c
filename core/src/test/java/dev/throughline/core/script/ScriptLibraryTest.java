package dev.throughline.core.script;

import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.session.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.throughline.core.session.Segment.BLOCKER_CLEARING;
import static dev.throughline.core.session.Segment.DEVELOPMENT_THREAD;
import static dev.throughline.core.session.Segment.PROGRESS_CHECK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ScriptLibraryTest {

    private static final Set<String> ALLOWED = Set.of("report", "focus", "commitment", "due", "skill", "gap",
            "good", "step", "review", "observation");
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\[\\[(.*?)]]");
    private static final String DUE_TEXT = "Friday 6 November 2026";
    private static final String REVIEW_TEXT = "Monday 30 November 2026";

    private final Messages messages = BundleMessages.english();
    private final ScriptLibrary library = new ScriptLibrary(messages, Locale.ENGLISH);

    static Stream<Arguments> segmentsAndTones() {
        return Stream.of(Segment.values()).flatMap(segment -> Stream.of(Tone.values())
                .map(tone -> arguments(segment, tone)));
    }

    private static ToneChoice chosen(Tone tone) {
        return new ToneChoice(tone, "tone.reason.override");
    }

    private List<String> placeholderNames(Segment segment, Tone tone) {
        Matcher matcher = ANY_PLACEHOLDER.matcher(messages.get(ScriptLibrary.templateKey(segment, tone)));
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @ParameterizedTest
    @MethodSource("segmentsAndTones")
    void allNineTemplatesExistAndUseOnlyKnownPlaceholders(Segment segment, Tone tone) {
        String key = "script." + segment.id() + "." + tone.name().toLowerCase(Locale.ROOT);
        assertTrue(messages.has(key), key);
        assertTrue(ALLOWED.containsAll(placeholderNames(segment, tone)), key + ": " + placeholderNames(segment, tone));
        String rest = ANY_PLACEHOLDER.matcher(messages.get(key)).replaceAll("");
        assertFalse(rest.contains("[") || rest.contains("]"), key + " has a stray bracket: " + rest);
        assertEquals(placeholderNames(segment, tone).size(), library.template(segment, tone).placeholders().size());
    }

    @ParameterizedTest
    @MethodSource("segmentsAndTones")
    void eachScriptIsOneToThreeSentences(Segment segment, Tone tone) {
        String text = messages.get(ScriptLibrary.templateKey(segment, tone));
        long sentences = text.chars().filter(c -> c == '.' || c == '?' || c == '!').count();
        assertTrue(sentences >= 1 && sentences <= 3, text);
        assertFalse(text.contains("''"), "MessageFormat quoting leaked: " + text);
    }

    @ParameterizedTest
    @MethodSource("segmentsAndTones")
    void missingDataBecomesLabelledBlanksNeverARawPlaceholder(Segment segment, Tone tone) {
        Script script = library.script(segment, chosen(tone), ContextBuilder.empty().build());
        String text = script.text();
        assertFalse(text.contains("[[") || text.contains("]]") || text.contains("[X]"), text);
        List<String> names = placeholderNames(segment, tone);
        assertEquals(names, script.blanks().stream().map(ScriptPart.Blank::placeholder).toList());
        for (ScriptPart.Blank blank : script.blanks()) {
            assertTrue(messages.has("script.blank." + blank.placeholder()), blank.placeholder());
            assertEquals(messages.get("script.blank." + blank.placeholder()), blank.label());
            assertTrue(text.contains("_____ (" + blank.label() + ")"), text);
        }
    }

    @Test
    void blankLabelsNameWhatIsMissing() {
        Script script = library.script(PROGRESS_CHECK, chosen(Tone.STANDARD), ContextBuilder.empty().build());
        assertEquals(List.of(new ScriptPart.Blank("focus", "previous focus")), script.blanks());
        assertTrue(script.text().startsWith("Last time we focused on _____ (previous focus)."), script.text());
    }

    static Stream<Arguments> filledValues() {
        return Stream.of(
                arguments(PROGRESS_CHECK, Tone.STANDARD, List.of("the migration plan")),
                arguments(PROGRESS_CHECK, Tone.SOFT, List.of("Priya", "the migration plan")),
                arguments(PROGRESS_CHECK, Tone.FIRM, List.of("Priya", "send the Friday update", DUE_TEXT)),
                arguments(BLOCKER_CLEARING, Tone.STANDARD, List.of()),
                arguments(BLOCKER_CLEARING, Tone.SOFT, List.of()),
                arguments(BLOCKER_CLEARING, Tone.FIRM, List.of("the release notes slipped two sprints running")),
                arguments(DEVELOPMENT_THREAD, Tone.STANDARD, List.of("stakeholder communication",
                        "draft the first update")),
                arguments(DEVELOPMENT_THREAD, Tone.SOFT, List.of("stakeholder communication")),
                arguments(DEVELOPMENT_THREAD, Tone.FIRM, List.of("updates arrive late and without a recommendation",
                        "a one-page update every Friday with a clear ask", REVIEW_TEXT)));
    }

    @ParameterizedTest
    @MethodSource("filledValues")
    void aFullContextFillsEveryValueTheScriptNeeds(Segment segment, Tone tone, List<String> values) {
        Script script = library.script(segment, chosen(tone), ContextBuilder.full().build());
        assertEquals(List.of(), script.blanks());
        for (String value : values) {
            assertTrue(script.text().contains(value), script.text() + " lacks " + value);
        }
    }

    @Test
    void firmProgressCheckNamesTheMissedCommitmentAndItsDueDate() {
        Script script = library.script(PROGRESS_CHECK, chosen(Tone.FIRM), ContextBuilder.full().build());
        assertTrue(script.parts().contains(new ScriptPart.Filled("commitment", "send the Friday update")));
        assertTrue(script.parts().contains(new ScriptPart.Filled("due", DUE_TEXT)));
        assertTrue(script.text().contains("What got in the way"), script.text());
    }

    @Test
    void aFirstSessionsProgressCheckDoesNotAskAboutALastTime() {
        ScriptContext first = ContextBuilder.empty().reportName("Alex").firstSession(true).build();
        for (Tone tone : List.of(Tone.STANDARD, Tone.SOFT)) {
            Script script = library.script(PROGRESS_CHECK, chosen(tone), first);
            assertTrue(script.text().startsWith("This is our first one-on-one, Alex."), script.text());
            assertEquals(List.of(), script.blanks(), "no previous focus to fill in");
        }
        Script later = library.script(PROGRESS_CHECK, chosen(Tone.STANDARD), ContextBuilder.empty().build());
        assertTrue(later.text().startsWith("Last time we focused on"), later.text());
    }

    @Test
    void softBlockerClearingAsksForOneThingToChange() {
        Script script = library.script(BLOCKER_CLEARING, chosen(Tone.SOFT), ContextBuilder.empty().build());
        assertTrue(script.text().contains("one thing you would change"), script.text());
    }

    @Test
    void firmBlockerClearingStatesTheMissedCommitmentWhenNoObservationWasTyped() {
        ScriptContext context = ContextBuilder.empty().missed("send the Friday update", ContextBuilder.DUE).build();
        Script script = library.script(BLOCKER_CLEARING, context, Optional.empty());
        assertEquals(Tone.FIRM, script.tone().tone());
        assertTrue(script.parts().contains(new ScriptPart.Filled("observation", "send the Friday update")));
        assertEquals(List.of(), script.blanks());
    }

    @Test
    void theConvenienceScriptPicksTheToneByTheRulesUnlessOverridden() {
        ScriptContext missed = ContextBuilder.full().lessConfident(true).build();
        Script byRule = library.script(PROGRESS_CHECK, missed, Optional.empty());
        assertEquals(new ToneChoice(Tone.FIRM, "tone.reason.missed-commitment"), byRule.tone());
        assertTrue(byRule.text().contains("send the Friday update"), byRule.text());

        Script overridden = library.script(PROGRESS_CHECK, missed, Optional.of(Tone.SOFT));
        assertEquals(new ToneChoice(Tone.SOFT, "tone.reason.override"), overridden.tone());
        assertEquals(library.script(PROGRESS_CHECK, chosen(Tone.SOFT), missed).text(), overridden.text());
        assertEquals(PROGRESS_CHECK, overridden.segment());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[[focus]]", "[[commitment]] and [[due]]", "<script>alert('x')</script>",
            "it's {0} ''quoted'' {1,number}", "Überprüfung — 日本語 🚀 ünïcødé", "_____ (previous focus)"})
    void userTextIsFilledInLiterallyAndNeverExpanded(String typed) {
        ScriptContext context = ContextBuilder.empty().previousFocus(typed).observation(typed).build();
        Script progress = library.script(PROGRESS_CHECK, chosen(Tone.STANDARD), context);
        assertTrue(progress.parts().contains(new ScriptPart.Filled("focus", typed)), progress.parts().toString());
        assertEquals(List.of(), progress.blanks());
        assertTrue(progress.text().contains(typed), progress.text());

        Script blocker = library.script(BLOCKER_CLEARING, chosen(Tone.FIRM), context);
        assertTrue(blocker.parts().contains(new ScriptPart.Filled("observation", typed)), blocker.parts().toString());
    }

    @Test
    void datesFollowTheBundlePatternInTheViewersLocale() {
        ScriptContext context = ContextBuilder.full().build();
        Script german = new ScriptLibrary(messages, Locale.GERMAN).script(PROGRESS_CHECK, chosen(Tone.FIRM), context);
        assertTrue(german.parts().contains(new ScriptPart.Filled("due", "Freitag 6 November 2026")), german.text());

        Messages numeric = new OverridingMessages(Map.of("script.date.pattern", "d/M/yyyy"), messages);
        Script script = new ScriptLibrary(numeric, Locale.ENGLISH).script(DEVELOPMENT_THREAD, chosen(Tone.FIRM),
                context);
        assertTrue(script.parts().contains(new ScriptPart.Filled("review", "30/11/2026")), script.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Last time: [[fokus]].", "Hi [[Report]].", "Hi [[]].", "Hi [[report]", "Hi report]]."})
    void anUnknownOrMalformedPlaceholderIsAProgrammingError(String template) {
        Messages broken = new OverridingMessages(Map.of("script.progress-check.standard", template), messages);
        ScriptLibrary brokenLibrary = new ScriptLibrary(broken, Locale.ENGLISH);
        assertThrows(IllegalStateException.class, () -> brokenLibrary.script(PROGRESS_CHECK,
                chosen(Tone.STANDARD), ContextBuilder.full().build()));
    }

    @Test
    void aMissingTemplateIsAProgrammingError() {
        Messages without = new OverridingMessages(Map.of(), messages) {
            @Override
            public boolean has(String key) {
                return !key.equals("script.blocker-clearing.soft") && super.has(key);
            }
        };
        ScriptLibrary incomplete = new ScriptLibrary(without, Locale.ENGLISH);
        assertThrows(IllegalStateException.class,
                () -> incomplete.script(BLOCKER_CLEARING, chosen(Tone.SOFT), ContextBuilder.full().build()));
    }

    @Test
    void toneKeysFollowTheConvention() {
        assertEquals("tone.standard", Tone.STANDARD.i18nKey());
        assertEquals("tone.soft", Tone.SOFT.i18nKey());
        assertEquals("tone.firm", Tone.FIRM.i18nKey());
        assertEquals("script.development-thread.firm", ScriptLibrary.templateKey(DEVELOPMENT_THREAD, Tone.FIRM));
    }

    /** The real bundle with some texts replaced, returned raw. */
    private static class OverridingMessages implements Messages {

        private final Map<String, String> overrides;
        private final Messages fallback;

        OverridingMessages(Map<String, String> overrides, Messages fallback) {
            this.overrides = overrides;
            this.fallback = fallback;
        }

        @Override
        public String get(String key, Object... args) {
            return overrides.containsKey(key) ? overrides.get(key) : fallback.get(key, args);
        }

        @Override
        public boolean has(String key) {
            return overrides.containsKey(key) || fallback.has(key);
        }
    }
}
