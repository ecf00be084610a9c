package dev.throughline.core.macro;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a {@link MacroSource} reads, below the REST API's root ({@code /rest/throughline/1.0/}), in every host. */
public final class MacroPaths {

    private MacroPaths() {
    }

    /** The viewer's pairings with {@code report} (user name or key), and with {@code manager} when not null. */
    public static String pairings(String report, String manager) {
        return "pairing?report=" + query(report) + (manager == null ? "" : "&manager=" + query(manager));
    }

    public static String development(long pairingId) {
        return "pairing/" + pairingId + "/development";
    }

    public static String recaps(long pairingId, int limit) {
        return "pairing/" + pairingId + "/recaps?limit=" + limit;
    }

    public static String template(long pairingId) {
        return "pairing/" + pairingId + "/template";
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
