package dev.throughline.core.macro;

import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.view.DevelopmentView;
import dev.throughline.core.view.OperatingTemplateView;
import dev.throughline.core.view.OperatingTemplates;
import dev.throughline.core.view.RecapsView;
import dev.throughline.core.view.ThreadView;
import dev.throughline.core.view.ViewText;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three macros' logic, whatever hosts them: what each shows for the page's parameters and what the source said. */
class MacrosTest {

    private static final ViewText TEXT = new ViewText(BundleMessages.english(), Locale.ENGLISH,
            Clock.systemUTC(), user -> Optional.empty());

    /** A source that shares pairing 7 with "alex" only, and answers {@code next} to every further read. */
    private static final class Source implements MacroSource {

        final List<String> asked = new ArrayList<>();
        Reading<?> next = new Reading.NotPermitted<>();

        @Override
        public Reading<Long> pairing(String report, String manager) {
            asked.add("pairing " + report + " " + manager);
            return report.equals("alex") ? new Reading.Data<>(7L) : new Reading.NotPermitted<>();
        }

        @Override
        public Reading<DevelopmentView> development(long pairingId) {
            asked.add("development " + pairingId);
            return answer();
        }

        @Override
        public Reading<RecapsView> recaps(long pairingId, int limit) {
            asked.add("recaps " + pairingId + " " + limit);
            return answer();
        }

        @Override
        public Reading<OperatingTemplateView> template(long pairingId) {
            asked.add("template " + pairingId);
            return answer();
        }

        @SuppressWarnings("unchecked")
        private <T> Reading<T> answer() {
            return (Reading<T>) next;
        }
    }

    private final Source source = new Source();

    private static ThreadView thread(int entries) {
        List<ThreadView.Entry> history = IntStream.range(0, entries)
                .mapToObj(i -> new ThreadView.Entry(entries - i, "Day " + (entries - i), "Note", null, null))
                .toList();
        return new ThreadView(1, 1, "Public speaking", "Senior engineer", "Design reviews", "Leads a review",
                "Run one review", "Mon 4 Jan 2027", "2027-01-04", false, "ACTIVE", "Active", true, false,
                "Thu 1 Oct 2026", history);
    }

    @Test
    void theTemplateWithoutAReportReadsNothing() {
        MacroOutcome shown = Macros.template(Map.of(), source, TEXT);

        assertEquals(Macros.TEMPLATE, shown.template());
        assertEquals(OperatingTemplates.blank(TEXT), shown.view());
        assertEquals(Optional.empty(), shown.said());
        assertEquals(List.of(), source.asked);
    }

    @Test
    void theTemplateForSomeoneOutsideThePairingIsThePlainOneWithoutAWord() {
        MacroOutcome shown = Macros.template(Map.of("report", "casey"), source, TEXT);

        assertEquals(Macros.template(Map.of(), source, TEXT), shown);
        assertEquals(List.of("pairing casey null"), source.asked);
    }

    @Test
    void theTemplateThatCannotBeFilledIsThePlainOneUnderWhy() {
        source.next = new Reading.Unreachable<>();

        MacroOutcome shown = Macros.template(Map.of("report", "alex", "manager", "morgan"), source, TEXT);

        assertEquals("warning", shown.said().orElseThrow().kind());
        assertEquals(OperatingTemplates.blank(TEXT), shown.view());
        assertEquals(List.of("pairing alex morgan", "template 7"), source.asked);
    }

    @Test
    void theDevelopmentThreadIsReadOnlyAndCutToTheLimit() {
        source.next = new Reading.Data<>(new DevelopmentView(7, "Alex", "Morgan", true, "Public speaking",
                "Run one review", thread(10), null));

        MacroOutcome shown = Macros.development(Map.of("report", "alex", "limit", "3"), source, TEXT.messages());

        DevelopmentView view = (DevelopmentView) shown.view();
        assertEquals(Macros.DEVELOPMENT, shown.template());
        assertFalse(view.viewerIsManager(), "a page is read, not edited");
        assertEquals(List.of("Day 10", "Day 9", "Day 8"),
                view.active().history().stream().map(ThreadView.Entry::date).toList());
        assertEquals(List.of(), view.earlier());
    }

    @Test
    void recapsAreFiveUnlessToldOtherwise() {
        source.next = new Reading.Data<>(new RecapsView(7, "Alex", "Morgan", List.of()));

        assertEquals(Macros.RECAPS, Macros.recaps(Map.of("report", "alex"), source, TEXT.messages()).template());
        Macros.recaps(Map.of("report", "alex", "limit", "12"), source, TEXT.messages());

        assertEquals(List.of("pairing alex null", "recaps 7 5", "pairing alex null", "recaps 7 12"), source.asked);
    }

    @Test
    void someoneOutsideThePairingIsToldThereIsNothingToShowAndNothingElseIsRead() {
        MacroOutcome shown = Macros.recaps(Map.of("report", "casey"), source, TEXT.messages());

        assertFalse(shown.shows());
        assertEquals("Nothing to show: there is no one-on-one here that Jira shares with you.",
                shown.said().orElseThrow().text());
        assertEquals(List.of("pairing casey null"), source.asked);
    }

    @Test
    void everyFailureIsAMessageInTheViewersWords() {
        URI where = URI.create("https://confluence.example/authorize");
        for (Reading<?> failure : List.of(new Reading.NoLink<>(), new Reading.Unreachable<>(),
                new Reading.NotPermitted<>(), new Reading.Malformed<>(), new Reading.NeedsAuthorisation<>(where))) {
            source.next = failure;
            Message said = Macros.development(Map.of("report", "alex"), source, TEXT.messages()).said().orElseThrow();
            assertFalse(said.text().startsWith("page.macro."), "a text, not a key: " + said.text());
        }
        Message authorise = Message.of(new Reading.NeedsAuthorisation<>(where), TEXT.messages());
        assertEquals(where, authorise.values().get("link"));
        assertEquals("Authorise Throughline to read Jira", authorise.values().get("linkText"));
        assertNull(Message.of(new Reading.Malformed<>(), TEXT.messages()).values().get("link"));
    }

    @Test
    void wrongParametersAreSaidBeforeAnythingIsRead() {
        assertTrue(Macros.development(Map.of(), source, TEXT.messages()).said().orElseThrow().text()
                .startsWith("Choose a report"));
        assertEquals("error", Macros.recaps(Map.of("report", "alex", "limit", "51"), source, TEXT.messages())
                .said().orElseThrow().kind());
        assertFalse(Macros.template(Map.of("report", "x".repeat(300)), source, TEXT).shows());
        assertEquals(List.of(), source.asked);
    }

    @Test
    void aFailureStaysWhatItWasWhateverIsReadNext() {
        Reading<Long> refused = new Reading.NotPermitted<>();
        assertEquals(new Reading.NotPermitted<String>(), refused.then(id -> new Reading.Data<>("read " + id)));
        assertEquals(new Reading.Data<>("read 7"), new Reading.Data<>(7L).then(id -> new Reading.Data<>("read " + id)));
    }
    @Test
    void everyTemplateAMacroRendersOptsInToConfluencesEscaping() throws Exception {
        Deque<String> toRead = new ArrayDeque<>(List.of(Macros.TEMPLATE, Macros.DEVELOPMENT,
                Macros.RECAPS, Macros.MESSAGE));
        Set<String> read = new TreeSet<>();
        Pattern parse = Pattern.compile("#parse\\(\"([^\"]+)\"\\)");
        while (!toRead.isEmpty()) {
            String template = toRead.pop();
            if (!read.add(template)) {
                continue;
            }
            assertTrue(template.endsWith(".html.vm"), template + ": Confluence escapes it only then, whatever its"
                    + " Anti-XSS setting for plugins");
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(template)) {
                assertTrue(in != null, "there is " + template);
                parse.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).results()
                        .forEach(found -> toRead.push(found.group(1)));
            }
        }
        assertTrue(read.contains(Macros.TEMPLATES + "thread.html.vm"), "the parsed ones were followed: " + read);
    }
}
