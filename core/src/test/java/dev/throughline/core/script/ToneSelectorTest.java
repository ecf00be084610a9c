package dev.throughline.core.script;

import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.session.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static dev.throughline.core.session.Segment.BLOCKER_CLEARING;
import static dev.throughline.core.session.Segment.DEVELOPMENT_THREAD;
import static dev.throughline.core.session.Segment.PROGRESS_CHECK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ToneSelectorTest {

    private final ToneSelector selector = new ToneSelector();

    private static ContextBuilder missed() {
        return ContextBuilder.empty().missed("send the Friday update", ContextBuilder.DUE);
    }

    @Test
    void firmProgressCheckWhenACommitmentWasMissed() {
        assertEquals(new ToneChoice(Tone.FIRM, "tone.reason.missed-commitment"),
                selector.choose(PROGRESS_CHECK, missed().build()));
    }

    @Test
    void missedCommitmentBeatsSoftForANewAndLessConfidentReport() {
        ScriptContext context = missed().newInRole(true).lessConfident(true).build();
        assertEquals(Tone.FIRM, selector.choose(PROGRESS_CHECK, context).tone());
        assertEquals(Tone.FIRM, selector.choose(BLOCKER_CLEARING, context).tone());
    }

    @Test
    void firmBlockerClearingWhenTheManagerTypedAnObservation() {
        ScriptContext context = ContextBuilder.empty().observation("the release slipped").lessConfident(true).build();
        assertEquals(new ToneChoice(Tone.FIRM, "tone.reason.observation"),
                selector.choose(BLOCKER_CLEARING, context));
    }

    @Test
    void firmDevelopmentThreadWhenTheGapIsFlagged() {
        ScriptContext context = ContextBuilder.empty().gapFlagged(true).newInRole(true).build();
        assertEquals(new ToneChoice(Tone.FIRM, "tone.reason.gap-flagged"),
                selector.choose(DEVELOPMENT_THREAD, context));
    }

    @Test
    void aMissedCommitmentAloneDoesNotMakeTheDevelopmentThreadFirm() {
        assertEquals(new ToneChoice(Tone.STANDARD, "tone.reason.default"),
                selector.choose(DEVELOPMENT_THREAD, missed().observation("late again").build()));
    }

    @Test
    void aFlaggedGapOrAnObservationDoNotMakeTheProgressCheckFirm() {
        ScriptContext context = ContextBuilder.empty().gapFlagged(true).observation("late again").build();
        assertEquals(new ToneChoice(Tone.STANDARD, "tone.reason.default"), selector.choose(PROGRESS_CHECK, context));
    }

    @ParameterizedTest
    @EnumSource(Segment.class)
    void softForAReportNewInTheRole(Segment segment) {
        assertEquals(new ToneChoice(Tone.SOFT, "tone.reason.new-in-role"),
                selector.choose(segment, ContextBuilder.empty().newInRole(true).build()));
    }

    @ParameterizedTest
    @EnumSource(Segment.class)
    void softForALessConfidentReport(Segment segment) {
        assertEquals(new ToneChoice(Tone.SOFT, "tone.reason.less-confident"),
                selector.choose(segment, ContextBuilder.empty().lessConfident(true).build()));
    }

    @ParameterizedTest
    @EnumSource(Segment.class)
    void standardWhenNothingCallsForAnotherTone(Segment segment) {
        ScriptContext full = ContextBuilder.full().missed(null, null).observation(null).build();
        assertEquals(new ToneChoice(Tone.STANDARD, "tone.reason.default"), selector.choose(segment, full));
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                arguments(PROGRESS_CHECK, missed(), Tone.FIRM, "tone.reason.missed-commitment"),
                arguments(PROGRESS_CHECK, missed().newInRole(true), Tone.FIRM, "tone.reason.missed-commitment"),
                arguments(PROGRESS_CHECK, ContextBuilder.empty().newInRole(true).lessConfident(true), Tone.SOFT,
                        "tone.reason.new-in-role"),
                arguments(BLOCKER_CLEARING, missed(), Tone.FIRM, "tone.reason.missed-commitment"),
                arguments(BLOCKER_CLEARING, missed().observation("late"), Tone.FIRM, "tone.reason.observation"),
                arguments(BLOCKER_CLEARING, ContextBuilder.empty().observation("  "), Tone.STANDARD,
                        "tone.reason.default"),
                arguments(BLOCKER_CLEARING, ContextBuilder.empty().gapFlagged(true), Tone.STANDARD,
                        "tone.reason.default"),
                arguments(BLOCKER_CLEARING, ContextBuilder.empty().observation("late").newInRole(true), Tone.FIRM,
                        "tone.reason.observation"),
                arguments(DEVELOPMENT_THREAD, ContextBuilder.empty().gapFlagged(true).lessConfident(true), Tone.FIRM,
                        "tone.reason.gap-flagged"),
                arguments(DEVELOPMENT_THREAD, missed().lessConfident(true), Tone.SOFT,
                        "tone.reason.less-confident"));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void eachSegmentFollowsItsOwnRuleWithFirmBeforeSoft(Segment segment, ContextBuilder context, Tone tone,
                                                        String reasonKey) {
        assertEquals(new ToneChoice(tone, reasonKey), selector.choose(segment, context.build()));
    }

    static Stream<Arguments> overrides() {
        return Stream.of(Segment.values()).flatMap(segment -> Stream.of(Tone.values())
                .map(tone -> arguments(segment, tone)));
    }

    @ParameterizedTest
    @MethodSource("overrides")
    void theManagersChoiceBeatsEveryRule(Segment segment, Tone tone) {
        ScriptContext everything = ContextBuilder.full().newInRole(true).lessConfident(true).gapFlagged(true).build();
        assertEquals(new ToneChoice(tone, "tone.reason.override"),
                selector.choose(segment, everything, Optional.of(tone)));
        assertEquals(new ToneChoice(tone, "tone.reason.override"),
                selector.choose(segment, ContextBuilder.empty().build(), Optional.of(tone)));
    }

    @Test
    void everyToneAndEveryReasonHasAText() {
        BundleMessages messages = BundleMessages.english();
        Set<String> keys = new HashSet<>();
        for (Segment segment : Segment.values()) {
            for (int flags = 0; flags < 32; flags++) {
                ContextBuilder context = ContextBuilder.empty().newInRole((flags & 1) != 0)
                        .lessConfident((flags & 2) != 0).gapFlagged((flags & 4) != 0)
                        .observation((flags & 8) != 0 ? "late" : null);
                if ((flags & 16) != 0) {
                    context.missed("send the update", ContextBuilder.DUE);
                }
                ToneChoice choice = selector.choose(segment, context.build());
                keys.add(choice.tone().i18nKey());
                keys.add(choice.reasonKey());
            }
            keys.add(selector.choose(segment, ContextBuilder.empty().build(), Optional.of(Tone.SOFT)).reasonKey());
        }
        assertEquals(7 + 3, keys.size(), "seven reasons and three tones: " + keys);
        for (String key : keys) {
            assertTrue(messages.has(key), key);
        }
    }
}
