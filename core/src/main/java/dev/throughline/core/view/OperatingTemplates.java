package dev.throughline.core.view;

import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.progress.ProgressCheck;
import dev.throughline.core.script.ScriptContext;
import dev.throughline.core.script.ToneChoice;
import dev.throughline.core.script.ToneSelector;
import dev.throughline.core.service.PairingAccess;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.TimeBox;
import dev.throughline.core.store.OneOnOneStore;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** Builds the {@link OperatingTemplateView}: the method on one page, optionally filled with a pairing's data. */
public final class OperatingTemplates {

    static final int PREP_STEPS = 3;
    static final int AFTER_STEPS = 3;

    private final OneOnOneStore store;

    public OperatingTemplates(OneOnOneStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The template alone: needs no data and no permission. */
    public static OperatingTemplateView blank(ViewText text) {
        return view(text, null);
    }

    /** The template filled with the pairing's data, for its manager or report (else "not found"). */
    public OperatingTemplateView filled(UserKey viewer, long pairingId, ViewText text) {
        PairingHistory history = new PairingAccess(store).seenBy(viewer, pairingId);
        Session next = history.nextScheduled()
                .orElseGet(() -> Session.scheduled(pairingId, text.clock().instant()));
        ScriptContext context = ScriptContext.of(history, next, text.name(history.pairing().report()), null,
                text.clock());
        ProgressCheck progress = ProgressCheck.of(history, next, text.today(), text.zone());
        ToneSelector selector = new ToneSelector();
        List<String> tones = Arrays.stream(Segment.values()).map(segment -> {
            ToneChoice tone = selector.choose(segment, context);
            return text.text("template.tone", text.text(segment.nameKey()), text.text(tone.tone().i18nKey()),
                    text.text(tone.reasonKey()));
        }).toList();
        String previous = progress.firstSession() ? text.text(ProgressCheck.FIRST_SESSION_KEY)
                : text.text("progress.previous", text.date(progress.previousDate().orElseThrow()));
        return view(text, new OperatingTemplateView.Live(text.name(history.pairing().report()), previous,
                CommitmentView.of(progress.commitments(), history.pairing(), text),
                history.activeThread().map(thread -> ThreadView.of(thread, text)).orElse(null), tones));
    }

    private static OperatingTemplateView view(ViewText text, OperatingTemplateView.Live live) {
        List<OperatingTemplateView.Segment> segments = Arrays.stream(Segment.values()).map(segment -> {
            TimeBox box = segment.timeBox();
            return new OperatingTemplateView.Segment(segment.position(), text.text(segment.nameKey()),
                    text.text("segment.timebox", box.minMinutes(), box.maxMinutes()), text.text(segment.questionKey()));
        }).toList();
        return new OperatingTemplateView(text.text("template.title"), steps(text, "template.prep.", PREP_STEPS),
                segments, steps(text, "template.after.", AFTER_STEPS), text.text("template.cadence"), live);
    }

    private static List<String> steps(ViewText text, String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> text.text(prefix + i)).toList();
    }
}
