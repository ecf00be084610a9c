package dev.throughline.core.store;

import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.prep.Prep;
import dev.throughline.core.prep.PrepBuilder;
import dev.throughline.core.session.Session;
import dev.throughline.core.store.ao.AoDatabase;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long the prep view takes to load for a pairing with a long history (1,000 held sessions, 5,000
 * commitments, a development thread of 200 entries), beside a hand-written JDBC lower bound that reads the same
 * rows. The target is a full load within twice the lower bound. A missed target is reported, not failed: this is
 * a measurement. Any error ends the run with a non-zero exit.
 *
 * <p>Run it with {@code bench/prep-view.sh} (after {@code eval "$(.ci/postgres.sh start)"} to include
 * PostgreSQL); {@code -Dbenchmark.warmup=N} and {@code -Dbenchmark.iterations=N} set the counts.
 */
public final class PrepViewBenchmark {

    static final int SESSIONS = 1_000;
    static final int COMMITMENTS = 5_000;
    static final int THREAD_ENTRIES = 200;
    static final double TARGET_RATIO = 2.0;
    /** Both paths borrow connections from one pool, as in a host; the loads run one at a time. */
    static final int POOLED_CONNECTIONS = 2;
    static final Instant FIRST_SESSION = Instant.parse("2007-01-01T09:00:00Z");
    static final UserKey MANAGER = UserKey.of("morgan");
    static final UserKey REPORT = UserKey.of("alex");

    /** Keeps every load's result alive so no load can be optimised away. */
    private static long sink;

    private PrepViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("benchmark.warmup", 20);
        int iterations = Integer.getInteger("benchmark.iterations", 50);
        if (warmup < 0 || iterations < 1) {
            throw new IllegalArgumentException("benchmark.warmup must be >= 0 and benchmark.iterations >= 1");
        }
        System.out.printf(Locale.ROOT, "Prep view: %,d held sessions, %,d commitments, %,d thread entries;"
                + " %d warm-up and %d timed loads per engine%n", SESSIONS, COMMITMENTS, THREAD_ENTRIES, warmup,
                iterations);
        System.out.println(measure(TestDatabase.H2_FILE, warmup, iterations));
        if (TestDatabase.postgresUrl().isPresent()) {
            System.out.println(measure(TestDatabase.POSTGRESQL, warmup, iterations));
        } else {
            System.out.println("POSTGRESQL: skipped, set " + TestDatabase.POSTGRES_URL_VARIABLE + " to measure it");
        }
        System.out.println("(sink " + sink + ")");
    }

    static String measure(TestDatabase engine, int warmup, int iterations) throws Exception {
        Path directory = Files.createTempDirectory("throughline-prep-benchmark");
        try {
            TestDatabase.Opened opened = engine.openPooled(directory, POOLED_CONNECTIONS);
            try (AoDatabase database = opened.connect()) {
                Scenario scenario = Scenario.seed(database);
                OneOnOneStore store = database.store();
                PrepBuilder builder = new PrepBuilder(scenario.clock());
                LowerBound lowerBound = new LowerBound(opened.dataSource());

                Runnable full = () -> sink += System.identityHashCode(
                        builder.build(store.history(scenario.pairingId()).orElseThrow(), scenario.upcoming()));
                Runnable read = () -> sink += store.history(scenario.pairingId()).orElseThrow().sessions().size();
                Runnable bound = () -> sink += lowerBound.read(scenario.pairingId()).rows();
                scenario.check(store.history(scenario.pairingId()).orElseThrow(), lowerBound.read(scenario.pairingId()));

                long fullStatements = opened.count(full);
                long boundStatements = opened.count(bound);
                for (int i = 0; i < warmup; i++) {
                    full.run();
                    bound.run();
                }
                long[] fullNanos = new long[iterations];
                long[] readNanos = new long[iterations];
                long[] boundNanos = new long[iterations];
                for (int i = 0; i < iterations; i++) { // interleaved, so drift in the machine hits all alike
                    fullNanos[i] = time(full);
                    readNanos[i] = time(read);
                    boundNanos[i] = time(bound);
                }
                return report(engine, fullStatements, boundStatements, new Timing(fullNanos), new Timing(readNanos),
                        new Timing(boundNanos));
            }
        } finally {
            deleteRecursively(directory);
        }
    }

    static String report(TestDatabase engine, long fullStatements, long boundStatements, Timing full, Timing read,
                         Timing bound) {
        double ratio = full.median() / bound.median();
        return String.format(Locale.ROOT, "%s: full load %d statements, median %.2f ms (store read %.2f ms), p95"
                        + " %.2f ms | lower bound %d statements, median %.2f ms, p95 %.2f ms | ratio %.2fx (median)"
                        + " -> %s the <= %.0fx target",
                engine, fullStatements, full.median(), read.median(), full.p95(), boundStatements, bound.median(),
                bound.p95(), ratio, ratio <= TARGET_RATIO ? "MEETS" : "MISSES", TARGET_RATIO);
    }

    private static long time(Runnable load) {
        long start = System.nanoTime();
        load.run();
        return System.nanoTime() - start;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Median and 95th percentile of timed loads, in milliseconds. */
    record Timing(long[] nanos) {

        Timing {
            nanos = nanos.clone();
            Arrays.sort(nanos);
        }

        double median() {
            int middle = nanos.length / 2;
            long nanosAtMiddle = nanos.length % 2 == 1 ? nanos[middle] : (nanos[middle - 1] + nanos[middle]) / 2;
            return nanosAtMiddle / 1e6;
        }

        double p95() {
            return nanos[(int) Math.ceil(0.95 * nanos.length) - 1] / 1e6;
        }
    }

    /** One pairing with a long history and a scheduled session to prepare for, the day before it. */
    record Scenario(long pairingId, Session upcoming, Clock clock) {

        static Scenario seed(AoDatabase database) throws SQLException {
            OneOnOneStore store = database.store();
            BulkHistoryWriter fixture = new BulkHistoryWriter(database.entityManager());
            LocalDate firstDay = LocalDate.ofInstant(FIRST_SESSION, ZoneOffset.UTC);
            Pairing pairing = store.savePairing(new Pairing(0, MANAGER, REPORT, firstDay.minusMonths(1), null, false,
                    null));
            fixture.heldSessions(pairing.id(), FIRST_SESSION, SESSIONS);
            Session lastHeld = store.history(pairing.id()).orElseThrow().sessions().stream()
                    .max(Comparator.comparing(Session::scheduledAt)).orElseThrow();
            fixture.commitments(pairing.id(), lastHeld.id(), lastHeld.date(ZoneOffset.UTC), COMMITMENTS);
            DevelopmentThread thread = store.saveThread(DevelopmentThread.start(pairing.id(), REPORT, firstDay,
                    "Stakeholder communication", "Runs the quarterly review", null, null, null, null, false));
            fixture.threadEntries(thread.id(), pairing.id(), firstDay, THREAD_ENTRIES);
            Session upcoming = store.saveSession(Session.scheduled(pairing.id(),
                    FIRST_SESSION.plus(Duration.ofDays(7L * SESSIONS))));
            Clock dayBefore = Clock.fixed(upcoming.scheduledAt().minus(Duration.ofDays(1)), ZoneOffset.UTC);
            return new Scenario(pairing.id(), upcoming, dayBefore);
        }

        /** Both paths read the whole scenario: the held sessions and the upcoming one, every commitment and entry. */
        void check(PairingHistory history, LowerBound.Rows rows) {
            int entries = history.threads().stream().mapToInt(t -> t.entries().size()).sum();
            List<Integer> expected = List.of(1, SESSIONS + 1, COMMITMENTS, 1, THREAD_ENTRIES);
            List<Integer> read = List.of(1, history.sessions().size(), history.commitments().size(),
                    history.threads().size(), entries);
            if (!read.equals(expected) || !rows.counts().equals(expected)) {
                throw new IllegalStateException("expected " + expected + " rows (pairing, sessions, commitments,"
                        + " threads, entries); the store read " + read + ", the lower bound " + rows.counts());
            }
            Prep prep = new PrepBuilder(clock).build(history, upcoming);
            if (prep.topic() == null) {
                throw new IllegalStateException("the prep chose no development topic");
            }
        }
    }

    /**
     * The least a prep load must do: on one connection, one prepared query per table (pairing by id; sessions,
     * commitments, threads and entries by pairing id), every column, each row copied into a plain array. Five
     * statements; a single UNION was not used because the five tables share no column list, and padding them to
     * one would send more data than the four saved round trips cost. No prep is built.
     */
    static final class LowerBound {

        private static final String PAIRING = "SELECT * FROM \"" + table("PAIRING") + "\" WHERE \"ID\" = ?";
        private static final List<String> BY_PAIRING = Stream.of("ONE_ON_ONE", "COMMITMENT", "DEV_THREAD",
                        "THREAD_ENTRY")
                .map(name -> "SELECT * FROM \"" + table(name) + "\" WHERE \"PAIRING_ID\" = ?").toList();

        private final DataSource dataSource;

        LowerBound(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /** The pairing's row, then its sessions, commitments, threads and thread entries. */
        record Rows(List<List<Object[]>> tables) {

            List<Integer> counts() {
                return tables.stream().map(List::size).toList();
            }

            long rows() {
                return tables.stream().mapToLong(List::size).sum();
            }
        }

        Rows read(long pairingId) {
            try (Connection connection = dataSource.getConnection()) {
                List<List<Object[]>> tables = new ArrayList<>();
                tables.add(query(connection, PAIRING, pairingId));
                for (String sql : BY_PAIRING) {
                    tables.add(query(connection, sql, pairingId));
                }
                return new Rows(tables);
            } catch (SQLException e) {
                throw new IllegalStateException("the lower-bound read failed", e);
            }
        }

        private static List<Object[]> query(Connection connection, String sql, long pairingId) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, pairingId);
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    List<Object[]> rows = new ArrayList<>();
                    while (result.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = result.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        }

        private static String table(String name) {
            return AoDatabase.TABLE_PREFIX + name;
        }
    }
}
