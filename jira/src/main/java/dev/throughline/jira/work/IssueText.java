package dev.throughline.jira.work;

import java.time.LocalDate;

/** What the issues say: summaries on one line within Jira's 255 characters. */
final class IssueText {

    /** Jira's limit on a summary. */
    static final int SUMMARY_MAX = 255;

    private static final String ELLIPSIS = "\u2026";

    private IssueText() {
    }

    /** "1:1 Morgan Lee / Alex Kim — 2026-12-03" (in English: the summary is stored once for everyone who reads it). */
    static String session(String managerName, String reportName, LocalDate day) {
        return summary(WorkRefusal.ENGLISH.get("throughline.work.summary", managerName, reportName, day.toString()));
    }

    /** A session's summary with what became of it. */
    static String closed(String summary, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = summary;
        System.arraycopy(args, 0, all, 1, args.length);
        return summary(WorkRefusal.ENGLISH.get(key, all));
    }

    /** The text on one line, cut to Jira's limit with an ellipsis, never inside a character pair. */
    static String summary(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= SUMMARY_MAX) {
            return line;
        }
        int cut = SUMMARY_MAX - ELLIPSIS.length();
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut) + ELLIPSIS;
    }
}
