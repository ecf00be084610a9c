package dev.throughline.core.view;

import dev.throughline.core.script.Script;
import dev.throughline.core.script.ScriptContext;
import dev.throughline.core.script.ScriptLibrary;
import dev.throughline.core.script.ScriptPart;
import dev.throughline.core.script.Tone;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.SegmentRun;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.TalkTime;
import dev.throughline.core.session.TimeBox;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The parts of a {@link SessionView} that describe one segment, its script and the talk-time meter. */
final class SegmentViews {

    /** The share of talk time past which the manager is talking too much. */
    static final int TALK_LIMIT_PERCENT = 40;

    private SegmentViews() {
    }

    static SessionView.SegmentView of(Session session, Segment segment, ScriptContext context, Optional<Tone> tone,
                                      boolean live, ViewText text) {
        SegmentRun run = session.segment(segment);
        boolean canOpen = live && !run.opened()
                && segment.previous().map(previous -> session.segment(previous).opened()).orElse(true);
        Optional<TimeBox.Fit> fit = run.fit();
        TimeBox box = segment.timeBox();
        Script script = new ScriptLibrary(text.messages(), text.locale()).script(segment, context, tone);
        return new SessionView.SegmentView(segment.id(), segment.position(), text.text(segment.nameKey()),
                text.text(segment.questionKey()), text.text("segment.timebox", box.minMinutes(), box.maxMinutes()),
                run.plannedMinutes(), run.actualMinutes(), run.opened(), run.running(), canOpen,
                run.openedAt() == null ? 0 : run.openedAt().toEpochMilli(), run.notes(),
                fit.filter(TimeBox.Fit::far).map(f -> text.text("segment.fit." + f.name().toLowerCase(),
                        box.minMinutes(), box.maxMinutes())).orElse(null),
                fit.map(TimeBox.Fit::far).orElse(false), script(script, text));
    }

    static SessionView.Talk talk(Session session) {
        TalkTime talk = session.talkTime();
        int share = talk.isRecorded() ? talk.managerSharePercent() : 0;
        return new SessionView.Talk(talk.managerSeconds(), talk.reportSeconds(), share, talk.isRecorded(),
                talk.isRecorded() && share > TALK_LIMIT_PERCENT, TALK_LIMIT_PERCENT);
    }

    private static SessionView.Script script(Script script, ViewText text) {
        List<SessionView.Part> parts = script.parts().stream().map(SegmentViews::part).toList();
        List<SessionView.ToneOption> tones = Arrays.stream(Tone.values())
                .map(tone -> new SessionView.ToneOption(tone.id(), text.text(tone.i18nKey()),
                        tone == script.tone().tone()))
                .toList();
        return new SessionView.Script(script.tone().tone().id(), text.text(script.tone().tone().i18nKey()),
                text.text(script.tone().reasonKey()), parts, script.text(), tones);
    }

    private static SessionView.Part part(ScriptPart part) {
        if (part instanceof ScriptPart.Filled filled) {
            return new SessionView.Part("filled", filled.value());
        }
        if (part instanceof ScriptPart.Blank blank) {
            return new SessionView.Part("blank", blank.plainText());
        }
        return new SessionView.Part("text", part.plainText());
    }
}
