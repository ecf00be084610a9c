package dev.throughline.core.script;

import dev.throughline.core.i18n.Messages;
import dev.throughline.core.session.Segment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The nine dialogue scripts (three segments, three tones), read from the {@code script} bundle and filled from a
 * {@link ScriptContext}. Templates are {@code script.<segment>.<tone>} with {@code [[name]]} placeholders; what
 * the record lacks becomes a {@link ScriptPart.Blank}.
 */
public final class ScriptLibrary {

    static final String DATE_PATTERN_KEY = "script.date.pattern";
    /** The Progress Check of a first session, in the standard and soft tones: there is no last time to look at. */
    static final String FIRST_SESSION_KEY = "script.progress-check.first";

    /** Parsed templates by key and text, and date formats by pattern and locale: a few per language. */
    private static final Map<List<String>, ScriptTemplate> TEMPLATES = new ConcurrentHashMap<>();
    private static final Map<List<Object>, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private final Messages messages;
    private final DateTimeFormatter dates;
    private final ToneSelector toneSelector = new ToneSelector();

    public ScriptLibrary(Messages messages, Locale locale) {
        this.messages = Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(locale, "locale");
        this.dates = FORMATTERS.computeIfAbsent(List.of(raw(DATE_PATTERN_KEY), locale),
                pattern -> DateTimeFormatter.ofPattern((String) pattern.get(0), (Locale) pattern.get(1)));
    }

    /** The bundle key of a segment's script in a tone: {@code script.progress-check.firm}. */
    public static String templateKey(Segment segment, Tone tone) {
        return "script." + segment.id() + "." + tone.id();
    }

    /** The script for {@code segment} in the tone the rules pick, unless the manager chose one. */
    public Script script(Segment segment, ScriptContext context, Optional<Tone> override) {
        return script(segment, toneSelector.choose(segment, context, override), context);
    }

    public Script script(Segment segment, ToneChoice tone, ScriptContext context) {
        Objects.requireNonNull(context, "context");
        ScriptTemplate template = segment == Segment.PROGRESS_CHECK && context.firstSession()
                && tone.tone() != Tone.FIRM ? template(FIRST_SESSION_KEY) : template(segment, tone.tone());
        List<ScriptPart> parts = new ArrayList<>();
        for (int i = 0; i < template.placeholders().size(); i++) {
            addText(parts, template.literals().get(i));
            parts.add(part(template.placeholders().get(i), context));
        }
        addText(parts, template.literals().get(template.placeholders().size()));
        return new Script(segment, tone, parts);
    }

    ScriptTemplate template(Segment segment, Tone tone) {
        return template(templateKey(segment, tone));
    }

    private ScriptTemplate template(String key) {
        return TEMPLATES.computeIfAbsent(List.of(key, raw(key)),
                template -> ScriptTemplate.parse(template.get(0), template.get(1)));
    }

    private ScriptPart part(Placeholder placeholder, ScriptContext context) {
        return value(placeholder, context)
                .<ScriptPart>map(value -> new ScriptPart.Filled(placeholder.id(), value))
                .orElseGet(() -> new ScriptPart.Blank(placeholder.id(), messages.get(placeholder.blankKey())));
    }

    private Optional<String> value(Placeholder placeholder, ScriptContext context) {
        return switch (placeholder) {
            case REPORT -> Optional.ofNullable(context.reportName());
            case FOCUS -> Optional.ofNullable(context.previousFocus());
            case COMMITMENT -> Optional.ofNullable(context.missedCommitment());
            case DUE -> date(context.missedDueDate());
            case SKILL -> Optional.ofNullable(context.skill());
            case GAP -> Optional.ofNullable(context.gap());
            case GOOD -> Optional.ofNullable(context.whatGoodLooksLike());
            case STEP -> Optional.ofNullable(context.nextStep());
            case REVIEW -> date(context.reviewDate());
            case OBSERVATION -> context.blockerObservation();
        };
    }

    private Optional<String> date(LocalDate date) {
        return Optional.ofNullable(date).map(dates::format);
    }

    /** The bundle text with MessageFormat quoting undone; a missing key is a packaging error. */
    private String raw(String key) {
        if (!messages.has(key)) {
            throw new IllegalStateException("i18n text " + key + " is missing from the script bundle");
        }
        return messages.get(key);
    }

    private static void addText(List<ScriptPart> parts, String text) {
        if (!text.isEmpty()) {
            parts.add(new ScriptPart.Text(text));
        }
    }
}
