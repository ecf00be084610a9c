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
 * How long the prep view takes to load for a pairing with a long history (1,000 held weekly sessions with five
 * commitments each, all done but the last two sessions', and a development thread of 200 entries), beside a
 * hand-written JDBC lower bound that reads the rows the prep needs with seven narrow queries on one connection. The
 * target is a full load (store read and prep built) within twice the lower bound, on a node whose copy of the record
 * is current (the pairing row only is read). Loading on a node without a current copy (another node wrote to the
 * pairing since: the whole record is read) is timed too. A missed target is reported, not failed: this is a
 * measurement. Any error ends the run with a non-zero exit.
 *
 * <p>Run it with {@code bench/prep-view.sh} (after {@code eval "$(.ci/postgres.sh start)"} to include
 * PostgreSQL); {@code -Dbenchmark.warmup=N} and {@code -Dbenchmark.iterations=N} set the counts.
 */
public final class PrepViewBenchmark {

    static final int SESSIONS = 1_000;
    static final int COMMITMENTS_PER_SESSION = 5;
    static final int OPEN_SESSIONS = 2;
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
                + " %d warm-up and %d timed loads per engine%n", SESSIONS, SESSIONS * COMMITMENTS_PER_SESSION,
                THREAD_ENTRIES, warmup, iterations);
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
                long sessionId = scenario.upcoming().id();

                Runnable full = () -> sink += System.identityHashCode(
                        builder.build(store.prepHistory(sessionId).orElseThrow(), scenario.upcoming()));
                Runnable whole = () -> sink += System.identityHashCode(
                        builder.build(database.store().prepHistory(sessionId).orElseThrow(), scenario.upcoming()));
                Runnable bound = () -> sink += lowerBound.read(scenario.upcoming()).rows();
                scenario.check(store, lowerBound.read(scenario.upcoming()));

                long fullStatements = opened.count(full);
                long boundStatements = opened.count(bound);
                for (int i = 0; i < warmup; i++) {
                    full.run();
                    whole.run();
                    bound.run();
                }
                long[] fullNanos = new long[iterations];
                long[] wholeNanos = new long[iterations];
                long[] boundNanos = new long[iterations];
                for (int i = 0; i < iterations; i++) { // interleaved, so drift in the machine hits all alike
                    fullNanos[i] = time(full);
                    wholeNanos[i] = time(whole);
                    boundNanos[i] = time(bound);
                }
                return report(engine, fullStatements, boundStatements, new Timing(fullNanos), new Timing(wholeNanos),
                        new Timing(boundNanos));
            }
        } finally {
            deleteRecursively(directory);
        }
    }

    static String report(TestDatabase engine, long fullStatements, long boundStatements, Timing full, Timing whole,
                         Timing bound) {
        double ratio = full.median() / bound.median();
        return String.format(Locale.ROOT, "%s: prep load %d statements, median %.2f ms, p95 %.2f ms (without a current"
                        + " copy: %.2f ms) | lower bound %d statements, median %.2f ms, p95 %.2f ms | ratio %.2fx"
                        + " (median) -> %s the <= %.0fx target",
                engine, fullStatements, full.median(), full.p95(), whole.median(), boundStatements, bound.median(),
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
            fixture.commitmentsAcross(pairing.id(), store.history(pairing.id()).orElseThrow().sessions(),
                    COMMITMENTS_PER_SESSION, OPEN_SESSIONS);
            DevelopmentThread thread = store.saveThread(DevelopmentThread.start(pairing.id(), REPORT, firstDay,
                    "Stakeholder communication", "Runs the quarterly review", null, null, null, null, false));
            fixture.threadEntries(thread.id(), pairing.id(), firstDay, THREAD_ENTRIES);
            Session upcoming = store.saveSession(Session.scheduled(pairing.id(),
                    FIRST_SESSION.plus(Duration.ofDays(7L * SESSIONS))));
            Clock dayBefore = Clock.fixed(upcoming.scheduledAt().minus(Duration.ofDays(1)), ZoneOffset.UTC);
            return new Scenario(pairing.id(), upcoming, dayBefore);
        }

        /** The prep read gives the whole history's prep, and the lower bound read the same rows. */
        void check(OneOnOneStore store, LowerBound.Rows rows) {
            PairingHistory narrow = store.prepHistory(upcoming.id()).orElseThrow();
            Prep prep = new PrepBuilder(clock).build(narrow, upcoming);
            Prep fromWhole = new PrepBuilder(clock).build(store.history(pairingId).orElseThrow(), upcoming);
            if (!prep.equals(fromWhole)) {
                throw new IllegalStateException("the prep read gives another prep than the whole history");
            }
            if (prep.topic().thread().isEmpty() || prep.commitments().size() != COMMITMENTS_PER_SESSION * OPEN_SESSIONS) {
                throw new IllegalStateException("the prep missed the thread or the open commitments: " + prep);
            }
            int entries = narrow.threads().stream().mapToInt(t -> t.entries().size()).sum();
            List<Integer> read = List.of(narrow.sessions().size(), 1, narrow.commitments().size(),
                    narrow.threads().size(), entries);
            if (!rows.counts().equals(read)) {
                throw new IllegalStateException("the store read " + read + " rows (sessions, pairing, commitments,"
                        + " threads, entries), the lower bound " + rows.counts());
            }
        }
    }

    /**
     * The least the prep load must do: on one connection, the store's seven queries written by hand (the session,
     * its pairing, the held session before it, the commitments, their sessions, the active threads, their
     * entries), every column, each row copied into a plain array. No prep is built.
     */
    static final class LowerBound {

        private static final String SESSION = table("ONE_ON_ONE");
        private static final String BY_ID = "SELECT * FROM \"%s\" WHERE \"ID\" = ?";
        private static final String PREVIOUS = "SELECT * FROM \"" + SESSION + "\" WHERE \"PAIRING_ID\" = ?"
                + " AND \"STATE\" = 'HELD' AND (\"SCHEDULED_AT\" < ? OR (\"SCHEDULED_AT\" = ? AND \"ID\" < ?))"
                + " ORDER BY \"SCHEDULED_AT\" DESC, \"ID\" DESC FETCH FIRST 1 ROWS ONLY";
        private static final String COMMITMENTS = "SELECT * FROM \"" + table("COMMITMENT") + "\" WHERE"
                + " \"PAIRING_ID\" = ? AND (\"COMPLETED_ON\" IS NULL OR \"ORIGIN_SESSION_ID\" = ?"
                + " OR \"COMPLETED_ON\" >= ?)";
        private static final String THREADS = "SELECT * FROM \"" + table("DEV_THREAD") + "\" WHERE"
                + " \"PAIRING_ID\" = ? AND \"STATUS\" = 'ACTIVE'";

        private final DataSource dataSource;

        LowerBound(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /** Sessions (upcoming, previous, origins), the pairing, commitments, threads, entries. */
        record Rows(List<List<Object[]>> tables) {

            List<Integer> counts() {
                return tables.stream().map(List::size).toList();
            }

            long rows() {
                return tables.stream().mapToLong(List::size).sum();
            }
        }

        /** One query's rows, each a plain array, with the column names to find a value by. */
        record Table(List<String> columns, List<Object[]> rows) {

            long number(int row, String column) {
                return ((Number) rows.get(row)[columns.indexOf(column)]).longValue();
            }
        }

        Rows read(Session upcoming) {
            try (Connection connection = dataSource.getConnection()) {
                List<Object[]> sessions = new ArrayList<>(query(connection, String.format(BY_ID, SESSION),
                        upcoming.id()).rows());
                Table pairing = query(connection, String.format(BY_ID, table("PAIRING")), upcoming.pairingId());
                long at = upcoming.scheduledAt().toEpochMilli();
                Table previous = query(connection, PREVIOUS, upcoming.pairingId(), at, at, upcoming.id());
                sessions.addAll(previous.rows());
                boolean held = !previous.rows().isEmpty();
                long previousId = held ? previous.number(0, "ID") : -1;
                String since = held ? LocalDate.ofInstant(Instant.ofEpochMilli(previous.number(0, "SCHEDULED_AT")),
                        ZoneOffset.UTC).minusDays(1).toString() : "0000-01-01";
                Table commitments = query(connection, COMMITMENTS, upcoming.pairingId(), previousId, since);
                Object[] origins = java.util.stream.IntStream.range(0, commitments.rows().size())
                        .mapToObj(row -> commitments.number(row, "ORIGIN_SESSION_ID"))
                        .filter(id -> id != upcoming.id() && id != previousId).distinct().toArray();
                if (origins.length > 0) {
                    sessions.addAll(query(connection, "SELECT * FROM \"" + SESSION + "\" WHERE \"ID\" IN ("
                            + marks(origins.length) + ")", origins).rows());
                }
                Table threads = query(connection, THREADS, upcoming.pairingId());
                Object[] threadIds = java.util.stream.IntStream.range(0, threads.rows().size())
                        .mapToObj(row -> threads.number(row, "ID")).toArray();
                List<Object[]> entries = threadIds.length == 0 ? List.of() : query(connection, "SELECT * FROM \""
                        + table("THREAD_ENTRY") + "\" WHERE \"THREAD_ID\" IN (" + marks(threadIds.length) + ")",
                        threadIds).rows();
                return new Rows(List.of(sessions, pairing.rows(), commitments.rows(), threads.rows(), entries));
            } catch (SQLException e) {
                throw new IllegalStateException("the lower-bound read failed", e);
            }
        }

        private static Table query(Connection connection, String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet result = statement.executeQuery()) {
                    int count = result.getMetaData().getColumnCount();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= count; i++) {
                        columns.add(result.getMetaData().getColumnLabel(i).toUpperCase(Locale.ROOT));
                    }
                    List<Object[]> rows = new ArrayList<>();
                    while (result.next()) {
                        Object[] row = new Object[count];
                        for (int i = 0; i < count; i++) {
                            row[i] = result.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                    return new Table(columns, rows);
                }
            }
        }

        private static String marks(int count) {
            return String.join(", ", java.util.Collections.nCopies(count, "?"));
        }

        private static String table(String name) {
            return AoDatabase.TABLE_PREFIX + name;
        }
    }
}
