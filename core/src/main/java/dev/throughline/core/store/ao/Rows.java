package dev.throughline.core.store.ao;

import dev.throughline.core.cadence.Cadence;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadEntry;
import dev.throughline.core.development.ThreadStatus;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.SegmentRun;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.SessionState;
import dev.throughline.core.session.TalkTime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Converts between entities (column values) and core values. Entities never leave the store: what it returns
 * is always an immutable core value.
 */
final class Rows {

    /** Where a property's name starts a new word, which its column separates with an underscore. */
    private static final Pattern WORD_START = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Map<String, String> COLUMNS = new ConcurrentHashMap<>();
    private static final Map<Method, Method> GETTERS = new ConcurrentHashMap<>();

    private Rows() {
    }

    /**
     * The columns {@code copy} sets on a row of {@code type}, by column name ({@code setPairingId} sets
     * {@code PAIRING_ID}, as Active Objects names it): what a new row is created with, in one insert.
     */
    static <T> Map<String, Object> columns(Class<T> type, Consumer<T> copy) {
        Map<String, Object> columns = new LinkedHashMap<>();
        copy.accept(type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (!method.getName().startsWith("set") || args == null || args.length != 1) {
                        throw new IllegalStateException("a copy only sets columns: " + method);
                    }
                    columns.put(column(method.getName().substring(3)), args[0]);
                    return null;
                })));
        return columns;
    }

    /**
     * A row of {@code type} that reads {@code columns} (as {@link #columns} made them) and {@code id}: what a row
     * just created holds, read without asking the database again (Active Objects would read each column lazily).
     */
    static <T> T row(Class<T> type, int id, Map<String, Object> columns) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("getID")) {
                        return id;
                    }
                    String column = name.startsWith("is") ? name.substring(2)
                            : name.startsWith("get") ? name.substring(3) : null;
                    if (column == null || args != null) {
                        throw new IllegalStateException("a created row is only read: " + method);
                    }
                    Object value = columns.get(column(column));
                    if (value == null && method.getReturnType().isPrimitive()) {
                        return method.getReturnType() == boolean.class ? Boolean.FALSE
                                : method.getReturnType() == long.class ? (Object) 0L : (Object) 0;
                    }
                    return value;
                }));
    }

    /**
     * Sets on {@code row} what {@code copy} sets, except the columns that already hold that value: Active Objects
     * writes every column a setter touched, and asks the database for a column's type (a round trip) before it
     * writes a null.
     */
    static <T> void changes(Class<T> type, T row, Consumer<T> copy) {
        copy.accept(type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, setter, args) -> {
                    if (!setter.getName().startsWith("set") || args == null || args.length != 1) {
                        throw new IllegalStateException("a copy only sets columns: " + setter);
                    }
                    if (!Objects.equals(call(GETTERS.computeIfAbsent(setter, Rows::getter), row), args[0])) {
                        call(setter, row, args);
                    }
                    return null;
                })));
    }

    private static Method getter(Method setter) {
        String property = setter.getName().substring(3);
        Class<?> type = setter.getDeclaringClass();
        try {
            return type.getMethod((setter.getParameterTypes()[0] == boolean.class ? "is" : "get") + property);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no getter for " + setter, e);
        }
    }

    private static Object call(Method method, Object target, Object... args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The column of a property, as Active Objects names it: {@code PairingId} is {@code PAIRING_ID}. */
    private static String column(String property) {
        return COLUMNS.computeIfAbsent(property,
                name -> WORD_START.matcher(name).replaceAll("$1_$2").toUpperCase(Locale.ROOT));
    }

    static Pairing pairing(PairingEntity row) {
        return new Pairing(row.getID(), UserKey.of(row.getManagerKey()), UserKey.of(row.getReportKey()),
                date(row.getTeamStartDate()), date(row.getRoleStartDate()), row.isLessConfident(),
                row.getCadenceOverride() == null ? null : Cadence.valueOf(row.getCadenceOverride()));
    }

    static void copy(Pairing from, PairingEntity to) {
        to.setManagerKey(from.manager().value());
        to.setReportKey(from.report().value());
        to.setTeamStartDate(text(from.teamStartDate()));
        to.setRoleStartDate(text(from.roleStartDate()));
        to.setLessConfident(from.lessConfident());
        to.setCadenceOverride(from.cadenceOverride() == null ? null : from.cadenceOverride().name());
    }

    static Session session(SessionEntity row) {
        List<SegmentRun> segments = List.of(
                new SegmentRun(Segment.PROGRESS_CHECK, row.getProgressNotes(), row.getProgressPlanned(),
                        instant(row.getProgressOpenedAt()), row.getProgressActual()),
                new SegmentRun(Segment.BLOCKER_CLEARING, row.getBlockerNotes(), row.getBlockerPlanned(),
                        instant(row.getBlockerOpenedAt()), row.getBlockerActual()),
                new SegmentRun(Segment.DEVELOPMENT_THREAD, row.getDevelopmentNotes(), row.getDevelopmentPlanned(),
                        instant(row.getDevelopmentOpenedAt()), row.getDevelopmentActual()));
        return new Session(row.getID(), row.getPairingId(), Instant.ofEpochMilli(row.getScheduledAt()),
                SessionState.valueOf(row.getState()), instant(row.getStateChangedAt()),
                instant(row.getRescheduledTo()), row.getFocus(), segments,
                new TalkTime(row.getManagerTalkSeconds(), row.getReportTalkSeconds()),
                row.getRecap() == null ? null : Recap.parse(row.getRecap()), instant(row.getRecapSentAt()),
                row.getVersion());
    }

    static void copy(Session from, long version, SessionEntity to) {
        to.setPairingId(from.pairingId());
        to.setScheduledAt(from.scheduledAt().toEpochMilli());
        to.setState(from.state().name());
        to.setStateChangedAt(millis(from.stateChangedAt()));
        to.setRescheduledTo(millis(from.rescheduledTo()));
        to.setFocus(from.focus());
        SegmentRun progress = from.segment(Segment.PROGRESS_CHECK);
        to.setProgressNotes(progress.notes());
        to.setProgressPlanned(progress.plannedMinutes());
        to.setProgressOpenedAt(millis(progress.openedAt()));
        to.setProgressActual(progress.actualMinutes());
        SegmentRun blocker = from.segment(Segment.BLOCKER_CLEARING);
        to.setBlockerNotes(blocker.notes());
        to.setBlockerPlanned(blocker.plannedMinutes());
        to.setBlockerOpenedAt(millis(blocker.openedAt()));
        to.setBlockerActual(blocker.actualMinutes());
        SegmentRun development = from.segment(Segment.DEVELOPMENT_THREAD);
        to.setDevelopmentNotes(development.notes());
        to.setDevelopmentPlanned(development.plannedMinutes());
        to.setDevelopmentOpenedAt(millis(development.openedAt()));
        to.setDevelopmentActual(development.actualMinutes());
        to.setManagerTalkSeconds(from.talkTime().managerSeconds());
        to.setReportTalkSeconds(from.talkTime().reportSeconds());
        to.setRecap(from.recap() == null ? null : from.recap().text());
        to.setRecapSentAt(millis(from.recapSentAt()));
        to.setVersion(version);
    }

    static Commitment commitment(CommitmentEntity row) {
        return new Commitment(row.getID(), row.getPairingId(), row.getOriginSessionId(), date(row.getMadeOn()),
                Party.valueOf(row.getOwner()), row.getText(), date(row.getDueDate()),
                CommitmentKind.valueOf(row.getKind()), date(row.getCompletedOn()), row.getWorkItemKey(),
                row.getBlockedItemKey());
    }

    static void copy(Commitment from, CommitmentEntity to) {
        to.setPairingId(from.pairingId());
        to.setOriginSessionId(from.originSessionId());
        to.setMadeOn(text(from.madeOn()));
        to.setOwner(from.owner().name());
        to.setText(from.text());
        to.setDueDate(text(from.dueDate()));
        to.setKind(from.kind().name());
        to.setCompletedOn(text(from.completedOn()));
        to.setWorkItemKey(from.workItemKey());
        to.setBlockedItemKey(from.blockedItemKey());
    }

    static DevelopmentThread thread(ThreadEntity row, List<ThreadEntry> entries) {
        return new DevelopmentThread(row.getID(), row.getPairingId(), UserKey.of(row.getReportKey()),
                row.getGrowthArea(), row.getTarget(), row.getGap(), row.getWhatGood(), row.getNextStep(),
                date(row.getReviewDate()), ThreadStatus.valueOf(row.getStatus()), row.isGapFlagged(),
                date(row.getStartedOn()), entries, row.getVersion());
    }

    static void copy(DevelopmentThread from, long version, ThreadEntity to) {
        to.setPairingId(from.pairingId());
        to.setReportKey(from.report().value());
        to.setGrowthArea(from.growthArea());
        to.setTarget(from.target());
        to.setGap(from.gap());
        to.setWhatGood(from.whatGoodLooksLike());
        to.setNextStep(from.nextStep());
        to.setReviewDate(text(from.reviewDate()));
        to.setStatus(from.status().name());
        to.setGapFlagged(from.gapFlagged());
        to.setStartedOn(text(from.startedOn()));
        to.setVersion(version);
    }

    static ThreadEntry entry(ThreadEntryEntity row) {
        return new ThreadEntry(row.getSessionId(), date(row.getEntryDate()), row.getNote(), row.getNextStep(),
                date(row.getReviewDate()));
    }

    static Map<String, Object> entryColumns(long threadId, long pairingId, ThreadEntry entry) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("THREAD_ID", threadId);
        columns.put("PAIRING_ID", pairingId);
        columns.put("SESSION_ID", entry.sessionId());
        columns.put("ENTRY_DATE", text(entry.date()));
        columns.put("NOTE", entry.note());
        columns.put("NEXT_STEP", entry.nextStep());
        columns.put("REVIEW_DATE", text(entry.reviewDate()));
        return columns;
    }

    static void copy(ThreadEntry from, ThreadEntryEntity to) {
        to.setEntryDate(text(from.date()));
        to.setNote(from.note());
        to.setNextStep(from.nextStep());
        to.setReviewDate(text(from.reviewDate()));
    }

    static boolean sameEntry(ThreadEntry entry, ThreadEntryEntity row) {
        return entry.equals(entry(row));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
