package dev.throughline.core.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Messages from the core's resource bundles (one per feature), in one locale. Patterns follow
 * {@link MessageFormat} — the same convention as Atlassian's I18nResolver — so an apostrophe is written twice.
 */
public final class BundleMessages implements Messages {

    /** Base names of the bundles, also registered as i18n resources by the Jira and Confluence plugins. */
    public static final List<String> BUNDLES = List.of(
            "dev.throughline.core.i18n.core",
            "dev.throughline.core.i18n.script",
            "dev.throughline.core.i18n.prep",
            "dev.throughline.core.i18n.habits",
            "dev.throughline.core.i18n.pages");

    private static final BundleMessages ENGLISH = new BundleMessages(Locale.ENGLISH);

    private final Locale locale;
    private final List<ResourceBundle> bundles;
    /**
     * Each message's parsed pattern, or its absence (neither changes): formatted on a copy, as one format is not safe
     * to share between threads.
     */
    private final Map<String, Optional<Parsed>> formats = new ConcurrentHashMap<>();

    /** A message's pattern, and its text without arguments (most messages take none). */
    private record Parsed(MessageFormat format, String plain) {
    }

    public BundleMessages(Locale locale) {
        this(locale, List.of());
    }

    /** The core's bundles, then a host's own ({@code extra}, base names), for one language. */
    public BundleMessages(Locale locale, List<String> extra) {
        this.locale = Objects.requireNonNull(locale, "locale");
        List<ResourceBundle> loaded = new ArrayList<>();
        for (String base : concat(BUNDLES, extra)) {
            try {
                loaded.add(ResourceBundle.getBundle(base, locale, BundleMessages.class.getClassLoader()));
            } catch (MissingResourceException e) {
                throw new IllegalStateException("i18n bundle " + base + " is missing", e);
            }
        }
        this.bundles = List.copyOf(loaded);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    public static BundleMessages english() {
        return ENGLISH;
    }

    @Override
    public String get(String key, Object... args) {
        return formats.computeIfAbsent(key, this::parse)
                .map(parsed -> args.length == 0 ? parsed.plain()
                        : ((MessageFormat) parsed.format().clone()).format(resolve(args)))
                .orElse(key);
    }

    private Optional<Parsed> parse(String key) {
        return bundles.stream().filter(bundle -> bundle.containsKey(key)).findFirst()
                .map(bundle -> new MessageFormat(bundle.getString(key), locale))
                .map(format -> new Parsed(format, format.format(new Object[0])));
    }

    private Object[] resolve(Object[] args) {
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof MessageKey nested) {
                resolved[i] = get(nested.key());
            }
        }
        return resolved;
    }

    @Override
    public boolean has(String key) {
        return bundles.stream().anyMatch(bundle -> bundle.containsKey(key));
    }
}
