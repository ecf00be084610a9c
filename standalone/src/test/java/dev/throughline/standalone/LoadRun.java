package dev.throughline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.TalkTime;
import dev.throughline.core.store.OneOnOneStore;
import dev.throughline.standalone.auth.SandboxUsers;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import javax.management.JMException;
import javax.management.ObjectName;
import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A load run against a sandbox in this JVM (PostgreSQL when {@code THROUGHLINE_PG_URL} is set, else the embedded
 * database): each client is a manager with reports and a history, doing what a manager does in a loop (team
 * overview, prep, open the session, mark a commitment carried in done, save notes, add a commitment, now and then
 * finish with a recap and schedule the next), and in turn the same clients call the trivial health endpoint for as
 * long. Both are measured warm: an unmeasured run of the workflow comes first. Prints throughput, latency
 * percentiles and errors of both, and their ratio.
 *
 * <p>{@code bench/load.sh} runs the long form; {@code -Dload.clients}, {@code -Dload.seconds},
 * {@code -Dload.reports}, {@code -Dload.weeks}, {@code -Dload.warmup} (seconds; four times the measured phase by
 * default, as long as the JIT takes here to compile the workflow's code while it runs) and {@code -Dload.rounds}
 * (turns of workflow and health the measured seconds are split into, 3 by default) size it; it
 * first prints the statements and answer size of each kind of request ({@code -Dload.breakdown=false} skips that).
 */
public final class LoadRun {

    /** How big a run is. */
    record Size(int clients, int seconds, int reportsPerManager, int weeksOfHistory, int warmUpSeconds, int rounds) {
    }

    /**
     * What one phase measured.
     *
     * @param cpu the CPU time this JVM (client and server) and the database's local processes spent in it
     */
    record Result(String name, long requests, long errors, double seconds, long[] nanos, long statements, Cpu cpu) {

        /** This and {@code next}, measured in turn, as one phase. */
        Result and(Result next) {
            long[] both = Arrays.copyOf(nanos, nanos.length + next.nanos.length);
            System.arraycopy(next.nanos, 0, both, nanos.length, next.nanos.length);
            return new Result(name, requests + next.requests, errors + next.errors, seconds + next.seconds, both,
                    statements + next.statements, cpu.plus(next.cpu));
        }

        double statementsPerRequest() {
            return requests == 0 ? 0 : (double) statements / requests;
        }

        double throughput() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (nanos.length == 0) {
                return 0;
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

        String line() {
            return String.format(Locale.ROOT, "%-8s %,9d requests  %8.1f req/s  p50 %6.2f ms  p95 %6.2f ms"
                            + "  p99 %6.2f ms  %5.1f statements/request  errors %d (%.2f%%)  %s", name, requests,
                    throughput(), percentile(0.50), percentile(0.95), percentile(0.99), statementsPerRequest(),
                    errors, requests == 0 ? 0 : 100.0 * errors / requests, cpu.perRequest(requests));
        }
    }

    /**
     * CPU time spent: by this JVM (the load client and the sandbox both run in it), and by the database server's
     * processes when it runs on this machine ({@code postgres} in {@code /proc}; -1 where they cannot be seen: an
     * embedded or remote database, or no {@code /proc}).
     */
    record Cpu(long jvmNanos, long databaseNanos) {

        private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on every Linux this runs on

        private static final boolean LOCAL_SERVER = String.valueOf(System.getenv("THROUGHLINE_PG_URL"))
                .matches("jdbc:postgresql://(127\\.0\\.0\\.1|localhost)[:/].*");

        /** A reading of the database server's processes, to be subtracted from a later one; null if not seen. */
        static Map<Long, Long> databaseTicks() {
            if (!LOCAL_SERVER) {
                return null;
            }
            Map<Long, Long> ticks = new HashMap<>();
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : (Iterable<Path>) processes::iterator) {
                    String name = process.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = Files.readString(process.resolve("stat"));
                        int close = stat.lastIndexOf(')');
                        if (stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                            String[] fields = stat.substring(close + 2).split(" ");
                            // utime and stime: fields 14 and 15 of stat, 12 and 13 after the name
                            ticks.put(Long.parseLong(name), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                        }
                    } catch (IOException | RuntimeException gone) {
                        // a process that ended meanwhile
                    }
                }
            } catch (IOException noProc) {
                return null;
            }
            return ticks;
        }

        static long jvmNow() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        /** What was spent since {@code jvmBefore} and {@code databaseBefore}, read now. */
        static Cpu since(long jvmBefore, Map<Long, Long> databaseBefore) {
            long jvm = jvmNow() - jvmBefore;
            Map<Long, Long> databaseAfter = databaseTicks();
            if (databaseBefore == null || databaseAfter == null || databaseAfter.isEmpty()) {
                return new Cpu(jvm, -1);
            }
            long ticks = 0;
            for (Map.Entry<Long, Long> process : databaseAfter.entrySet()) {
                ticks += process.getValue() - databaseBefore.getOrDefault(process.getKey(), 0L);
            }
            return new Cpu(jvm, ticks * NANOS_PER_TICK);
        }

        Cpu plus(Cpu other) {
            return new Cpu(jvmNanos + other.jvmNanos,
                    databaseNanos < 0 || other.databaseNanos < 0 ? -1 : databaseNanos + other.databaseNanos);
        }

        /** All of it (the JVM's and, where seen, the database's) per request. */
        double perRequestNanos(long requests) {
            return (double) (jvmNanos + Math.max(0, databaseNanos)) / Math.max(1, requests);
        }

        String perRequest(long requests) {
            if (requests == 0) {
                return "";
            }
            String jvm = String.format(Locale.ROOT, "CPU/request %.2f ms JVM", jvmNanos / 1e6 / requests);
            return databaseNanos < 0 ? jvm
                    : jvm + String.format(Locale.ROOT, " + %.2f ms database", databaseNanos / 1e6 / requests);
        }
    }

    /** A queued compilation's line starts with its compile id. */
    private static final Pattern QUEUED = Pattern.compile("^\\d+\\s");

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("load.seconds", 30);
        Size size = new Size(Integer.getInteger("load.clients", 32), seconds, Integer.getInteger("load.reports", 4),
                Integer.getInteger("load.weeks", 26), Integer.getInteger("load.warmup", 4 * seconds),
                Integer.getInteger("load.rounds", 3));
        List<Result> results = run(size);
        results.forEach(result -> System.out.println(result.line()));
        System.out.printf(Locale.ROOT, "ratio    %.0f%% of the health endpoint's throughput (target >= 40%%); a workflow"
                        + " request takes %.1fx the CPU of a health request%n",
                100 * results.get(0).throughput() / results.get(1).throughput(),
                results.get(0).cpu().perRequestNanos(results.get(0).requests())
                        / results.get(1).cpu().perRequestNanos(results.get(1).requests()));
        Size grown = new Size(size.clients(), size.seconds(), size.reportsPerManager(), 10 * size.weeksOfHistory(),
                size.seconds(), size.rounds()); // the code is compiled by now: a warm-up for the new data
        Result growth = run(grown).get(0);
        System.out.println(growth.line().replaceFirst("^workflow", "10x data"));
        System.out.printf(Locale.ROOT, "growth   statements/request %.1f -> %.1f, p95 %.2f -> %.2f ms (%.2fx, target"
                        + " <= 1.5x)%n", results.get(0).statementsPerRequest(), growth.statementsPerRequest(),
                results.get(0).percentile(0.95), growth.percentile(0.95),
                growth.percentile(0.95) / results.get(0).percentile(0.95));
        System.exit(results.get(0).errors() + results.get(1).errors() + growth.errors() == 0 ? 0 : 1);
    }

    /** An unmeasured warm-up of the workflow, then the workflow and the health endpoint measured in turns. */
    static List<Result> run(Size size) throws Exception {
        Path directory = Files.createTempDirectory("throughline-load");
        String url = System.getenv("THROUGHLINE_PG_URL");
        SandboxOptions options = new SandboxOptions(0, directory, url == null || url.isBlank() ? null : url, null,
                null, false);
        if (options.jdbcUrl() != null) {
            resetSchema(options.jdbcUrl());
        }
        AtomicLong statements = new AtomicLong();
        UnaryOperator<DataSource> counting = pool -> ProxyDataSourceBuilder.create(pool)
                .afterQuery((execution, queries) -> statements.addAndGet(Math.max(1, queries.size())))
                // A statement's request for its parameters' types is a round trip of its own on PostgreSQL.
                .afterMethod(context -> {
                    if (context.getMethod().getName().equals("getParameterMetaData")) {
                        statements.incrementAndGet();
                    }
                }).build();
        try (SandboxApp app = SandboxApp.start(options, Clock.systemDefaultZone(), counting)) {
            List<Manager> managers = seed(app, size);
            System.out.printf("Seeded %d managers with %d reports and %d weeks of history each (%s)%n",
                    managers.size(), size.reportsPerManager(), size.weeksOfHistory(), options.describeData());
            if (Boolean.parseBoolean(System.getProperty("load.breakdown", "true"))) {
                System.out.println(breakdown(managers.get(0), statements));
            }
            // Unmeasured: the JIT compiles the workflow's paths first, as in a server that has been up a while.
            warmUp(managers, size, statements);
            // In turns, so whatever drifts during the run (the JIT still compiling, the database's own work) weighs
            // on both alike.
            Result workflow = null;
            Result health = null;
            int seconds = Math.max(1, size.seconds() / size.rounds());
            for (int round = 0; round < size.rounds(); round++) {
                Result turn = phase("workflow", managers, seconds, Manager::iteration, statements);
                workflow = workflow == null ? turn : workflow.and(turn);
                turn = phase("health", managers, seconds, Manager::health, statements);
                health = health == null ? turn : health.and(turn);
            }
            return List.of(workflow, health);
        } finally {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /**
     * The workflow, unmeasured, for the warm-up's seconds: with the CPU busy serving, the JIT's compiler threads
     * take minutes to compile what the workflow runs, and a measurement before that is of half-compiled code (and
     * the health phase after it pays for the rest of the compiling). Prints how many methods still wait.
     */
    private static void warmUp(List<Manager> managers, Size size, AtomicLong statements) throws Exception {
        if (size.warmUpSeconds() <= 0) {
            return;
        }
        System.out.println(phase("warm-up", managers, size.warmUpSeconds(), Manager::iteration, statements).line());
        int waiting = compilationsWaiting();
        System.out.printf("warm-up  %d s; %s methods waiting to be compiled%n", size.warmUpSeconds(),
                waiting < 0 ? "(unknown)" : waiting);
    }

    /** The methods in the JIT compilers' queues ({@code jcmd <pid> Compiler.queue}), or -1 where it cannot tell. */
    static int compilationsWaiting() {
        try {
            Object queue = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerQueue",
                    new Object[] {null}, new String[] {String[].class.getName()});
            return (int) String.valueOf(queue).lines().filter(line -> QUEUED.matcher(line).find()).count();
        } catch (JMException | RuntimeException e) {
            return -1;
        }
    }

    private static void resetSchema(String url) throws java.sql.SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    private static Result phase(String name, List<Manager> managers, int seconds, Step step, AtomicLong statements)
            throws Exception {
        long statementsBefore = statements.get();
        Map<Long, Long> databaseBefore = Cpu.databaseTicks();
        long jvmBefore = Cpu.jvmNow();
        ExecutorService pool = Executors.newFixedThreadPool(managers.size());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        List<Future<List<long[]>>> futures = new ArrayList<>();
        for (Manager manager : managers) {
            futures.add(pool.submit((Callable<List<long[]>>) () -> {
                List<long[]> timings = new ArrayList<>();
                while (System.nanoTime() < end) {
                    step.run(manager, timings);
                }
                return timings;
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<List<long[]>> future : futures) {
            all.addAll(future.get());
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        Cpu cpu = Cpu.since(jvmBefore, databaseBefore);
        long errors = all.stream().filter(t -> t[1] != 0).count();
        return new Result(name, all.size(), errors, elapsed, all.stream().mapToLong(t -> t[0]).toArray(),
                statements.get() - statementsBefore, cpu);
    }

    /**
     * The statements each kind of request runs: one manager alone works through five turns (one of them finishes a
     * session), each request's statements counted on its own.
     */
    private static String breakdown(Manager manager, AtomicLong statements) throws Exception {
        Map<String, long[]> byRequest = new java.util.TreeMap<>();
        manager.counting(statements, byRequest);
        for (int turn = 0; turn < 5; turn++) {
            manager.iteration(new ArrayList<>());
        }
        manager.counting(null, null);
        StringBuilder lines = new StringBuilder("statements and answer bytes per request (one client, five turns):");
        byRequest.forEach((request, counts) -> lines.append(String.format(Locale.ROOT, "%n  %-45s %5.1f %,8d",
                request, (double) counts[1] / counts[0], counts[2] / counts[0])));
        return lines.toString();
    }

    @FunctionalInterface
    private interface Step {
        void run(Manager manager, List<long[]> timings) throws Exception;
    }

    private static List<Manager> seed(SandboxApp app, Size size) throws Exception {
        SandboxUsers users = new SandboxUsers(app.database().entityManager());
        OneOnOneStore store = app.store();
        List<Manager> managers = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (int m = 0; m < size.clients(); m++) {
            String manager = "load-manager-" + m;
            users.add(manager, "Manager " + m, SandboxApp.PASSWORD);
            List<Long> sessions = new ArrayList<>();
            for (int r = 0; r < size.reportsPerManager(); r++) {
                String report = "load-report-" + m + "-" + r;
                users.add(report, "Report " + m + "." + r, SandboxApp.PASSWORD);
                Pairing pairing = store.savePairing(new Pairing(0, UserKey.of(manager), UserKey.of(report),
                        LocalDate.now().minusYears(2), null, false, null));
                history(store, pairing, now, size.weeksOfHistory());
                sessions.add(store.saveSession(Session.scheduled(pairing.id(), now.plus(1, ChronoUnit.DAYS))).id());
            }
            managers.add(new Manager(new SandboxClient(app.uri()).signIn(manager), sessions));
        }
        return managers;
    }

    /**
     * A held session a week for {@code weeks} weeks, each with a commitment (done but the last week's) and an entry
     * of the report's development thread, started in the first of them.
     */
    private static void history(OneOnOneStore store, Pairing pairing, Instant now, int weeks) {
        DevelopmentThread thread = null;
        for (int w = weeks; w >= 1; w--) {
            Instant at = now.minus(7L * w, ChronoUnit.DAYS);
            Session held = store.saveSession(Session.scheduled(pairing.id(), at)
                    .openSegment(Segment.PROGRESS_CHECK, at).recordNotes(Segment.PROGRESS_CHECK, "progress " + w)
                    .openSegment(Segment.BLOCKER_CLEARING, at.plusSeconds(480))
                    .openSegment(Segment.DEVELOPMENT_THREAD, at.plusSeconds(900))
                    .recordNotes(Segment.DEVELOPMENT_THREAD, "growth " + w)
                    .recordTalk(new TalkTime(400, 900)).hold(at.plusSeconds(1800)));
            LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
            Commitment made = store.saveCommitment(Commitment.make(pairing.id(), held.id(), day, Party.REPORT,
                    "step " + w, day.plusDays(5), CommitmentKind.OTHER));
            if (w > 1) {
                store.saveCommitment(made.complete(day.plusDays(2)));
            }
            if (thread == null) {
                thread = DevelopmentThread.start(pairing.id(), pairing.report(), day, "Leading design reviews",
                        "Runs the team's design reviews", "Reviews others' designs but has not run one",
                        "Reviews end with a decision", "Shadow one review", null, false);
            }
            thread = thread.recordEntry(held.id(), day, "review " + w, "step " + w, null);
        }
        if (thread != null) {
            store.saveThread(thread);
        }
    }

    /** One client: a signed-in manager working through their upcoming sessions. */
    private static final class Manager {

        private final SandboxClient client;
        private final List<Long> sessions;
        private int turn;
        private AtomicLong statements;
        private Map<String, long[]> counted;

        Manager(SandboxClient client, List<Long> sessions) {
            this.client = client;
            this.sessions = new ArrayList<>(sessions);
        }

        void iteration(List<long[]> timings) throws Exception {
            int index = turn++ % sessions.size();
            long id = sessions.get(index);
            send(timings, "GET", "team", null);
            send(timings, "GET", "session/" + id + "/prep", null);
            JsonNode session = call(timings, "GET", "session/" + id, null);
            if (session == null) {
                return;
            }
            if (!session.get("segments").get(0).get("opened").asBoolean()) {
                session = call(timings, "POST", "session/" + id + "/segment/progress-check/open", Map.of("version",
                        session.get("version").asLong()));
                if (session == null) {
                    return;
                }
            }
            // The Progress Check goes through what was carried in: one commitment is reported done.
            for (JsonNode carried : session.get("carried")) {
                if (!carried.get("done").asBoolean()) {
                    send(timings, "POST", "commitment/" + carried.get("id").asLong() + "/done", null);
                    break;
                }
            }
            session = call(timings, "PUT", "session/" + id + "/segment/progress-check/notes", Map.of("version",
                    session.get("version").asLong(), "notes", "Shipped the import, turn " + turn));
            send(timings, "POST", "session/" + id + "/commitment", Map.of("owner", "REPORT", "text",
                    "commitment " + turn, "dueDate", LocalDate.now().plusDays(7).toString()));
            if (session != null && turn % 5 == 0) {
                session = call(timings, "GET", "session/" + id, null);
                JsonNode held = call(timings, "POST", "session/" + id + "/finish", Map.of("version",
                        session.get("version").asLong()));
                if (held != null) {
                    send(timings, "POST", "session/" + id + "/recap/send", Map.of("version",
                            held.get("version").asLong()));
                    JsonNode next = call(timings, "POST", "session", Map.of("pairingId", held.get("pairingId")
                            .asLong(), "at", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                            .toString()));
                    if (next != null) {
                        sessions.set(index, next.get("id").asLong());
                    }
                }
            }
        }

        void health(List<long[]> timings) throws Exception {
            send(timings, "GET", "health", null);
        }

        /** Counts each request's statements by kind into {@code byRequest} (a single client only), or stops. */
        void counting(AtomicLong statements, Map<String, long[]> byRequest) {
            this.statements = statements;
            this.counted = byRequest;
        }

        /** A request whose answer the client reads on. */
        private JsonNode call(List<long[]> timings, String method, String path, Object body) throws Exception {
            String answer = send(timings, method, path, body);
            return answer == null ? null : SandboxClient.JSON.readTree(answer);
        }

        /** A request whose answer only counts (not parsed: the client's CPU is the server's too). */
        private String send(List<long[]> timings, String method, String path, Object body) throws Exception {
            long statementsBefore = counted == null ? 0 : statements.get();
            long start = System.nanoTime();
            HttpResponse<String> response = client.rest(method, path,
                    body == null ? null : SandboxClient.JSON.writeValueAsString(body));
            long took = System.nanoTime() - start;
            if (counted != null) {
                long[] counts = counted.computeIfAbsent(method + " " + path.replaceAll("\\d+", "{id}"),
                        key -> new long[3]);
                counts[0]++;
                counts[1] += statements.get() - statementsBefore;
                counts[2] += response.body().length();
            }
            boolean ok = response.statusCode() == 200;
            timings.add(new long[] {took, ok ? 0 : response.statusCode()});
            if (!ok) {
                System.err.println(method + " " + path + " -> " + response.statusCode() + " " + response.body());
                return null;
            }
            return response.body();
        }
    }
}
