package dev.throughline.standalone;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How the sandbox runs: its port, and either a data directory for the embedded database or a JDBC URL of a
 * PostgreSQL database.
 *
 * @param jdbcUrl null for the embedded database in {@code dataDirectory}
 * @param demo    load the demo team into an empty database
 */
public record SandboxOptions(int port, Path dataDirectory, String jdbcUrl, String jdbcUser, String jdbcPassword,
                             boolean demo) {

    public static final int DEFAULT_PORT = 2990;

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar throughline-sandbox.jar [options]",
            "  --port N             HTTP port (default 2990)",
            "  --data-dir DIR       where the embedded database lives (default ./throughline-data)",
            "  --jdbc-url URL       use this PostgreSQL database instead, e.g. jdbc:postgresql://localhost:5432/throughline",
            "  --jdbc-user NAME     its user (or put user= in the URL)",
            "  --jdbc-password PW   its password (or put password= in the URL)",
            "  --demo               load a demo team (a manager with four reports and months of history)",
            "  --help               show this help");

    /**
     * The embedded database's JDBC URL in the data directory; or the URL given. H2 writes every commit out before
     * answering ({@code WRITE_DELAY=0}): by default it waits up to half a second, and a killed process would lose
     * writes it had already acknowledged.
     */
    public String url() {
        return jdbcUrl != null ? jdbcUrl
                : "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("throughline") + ";WRITE_DELAY=0";
    }

    /** Where the data is, for people: the directory or the database URL without credentials. */
    public String describeData() {
        return jdbcUrl != null ? jdbcUrl.replaceAll("(?i)password=[^&;]*", "password=***")
                : dataDirectory.toAbsolutePath().toString();
    }

    /**
     * Parses the command line.
     *
     * @throws IllegalArgumentException with a message for the person who typed it
     */
    public static SandboxOptions parse(List<String> args) {
        int port = DEFAULT_PORT;
        Path data = Path.of("throughline-data");
        String url = null;
        String user = null;
        String password = null;
        boolean demo = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--port" -> port = port(value(args, ++i, option));
                case "--data-dir" -> data = Path.of(value(args, ++i, option));
                case "--jdbc-url" -> url = jdbcUrl(value(args, ++i, option));
                case "--jdbc-user" -> user = value(args, ++i, option);
                case "--jdbc-password" -> password = value(args, ++i, option);
                case "--demo" -> demo = true;
                default -> throw new IllegalArgumentException("Unknown option " + option + "." + System.lineSeparator()
                        + USAGE);
            }
        }
        return new SandboxOptions(port, data, url, user, password, demo);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value." + System.lineSeparator() + USAGE);
        }
        return args.get(index);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("--port must be between 0 and 65535, not " + value + ".");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, not " + value + ".", e);
        }
    }

    private static String jdbcUrl(String value) {
        if (!value.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--jdbc-url must be a PostgreSQL URL (jdbc:postgresql://...), not "
                    + value + ". Without it the sandbox keeps its data in --data-dir.");
        }
        return value;
    }
}
