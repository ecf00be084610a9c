package dev.throughline.core.store.ao;

import dev.throughline.core.cadence.Cadence;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.TalkTime;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A new row's columns, as the store inserts them in one statement and reads them back without the database. */
class RowsTest {

    private static final Instant AT = Instant.parse("2026-11-02T09:00:00.123Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void aNewSessionsColumnsAreEveryColumnActiveObjectsNamesAndReadBackAsTheSavedSession() {
        Session session = Session.scheduled(7, AT).withFocus("Roadmap").openSegment(Segment.PROGRESS_CHECK, AT)
                .recordNotes(Segment.PROGRESS_CHECK, "shipped").recordTalk(new TalkTime(300, 900))
                .hold(AT.plus(Duration.ofMinutes(30))).withRecap(Recap.parse("Discussed the roadmap."));
        Map<String, Object> columns = Rows.columns(SessionEntity.class, row -> Rows.copy(session, 1, row));

        assertEquals(columnsOf(SessionEntity.class), columns.keySet());
        assertEquals(session.withId(41).withVersion(1), Rows.session(Rows.row(SessionEntity.class, 41, columns)));
    }

    @Test
    void aNewCommitmentsAndThreadsColumnsAreEveryColumnAndReadBackAsTheyWereMade() {
        Commitment commitment = Commitment.make(7, 3, DAY, Party.MANAGER, "Ask finance", DAY.plusDays(3),
                CommitmentKind.BLOCKER_FOLLOW_UP);
        Map<String, Object> commitmentColumns = Rows.columns(CommitmentEntity.class, row -> Rows.copy(commitment, row));
        assertEquals(columnsOf(CommitmentEntity.class), commitmentColumns.keySet());
        assertEquals(commitment.withId(12), Rows.commitment(Rows.row(CommitmentEntity.class, 12, commitmentColumns)));

        DevelopmentThread thread = DevelopmentThread.start(7, UserKey.of("alex"), DAY, "System design", "Leads designs",
                null, null, "Sketch", null, true);
        Map<String, Object> threadColumns = Rows.columns(ThreadEntity.class, row -> Rows.copy(thread, 1, row));
        assertEquals(columnsOf(ThreadEntity.class), threadColumns.keySet());
        assertEquals(thread.withId(5).withVersion(1), Rows.thread(Rows.row(ThreadEntity.class, 5, threadColumns),
                thread.entries()));
    }

    @Test
    void aCopyOnlySetsAndACreatedRowIsOnlyRead() {
        assertThrows(IllegalStateException.class, () -> Rows.columns(SessionEntity.class, SessionEntity::getFocus));
        SessionEntity row = Rows.row(SessionEntity.class, 1, Map.of());
        assertThrows(IllegalStateException.class, () -> row.setFocus("x"));
        assertEquals(0L, row.getVersion(), "a column not inserted reads as its type's default");
    }

    @Test
    void aChangeSetsOnlyTheColumnsWhoseValuesDiffer() {
        Session stored = Session.scheduled(7, AT);
        Map<String, Object> columns = new HashMap<>(Rows.columns(SessionEntity.class, to -> Rows.copy(stored, 1, to)));
        List<String> set = new ArrayList<>();
        SessionEntity row = stored(SessionEntity.class, columns, set);

        Rows.changes(SessionEntity.class, row, to -> Rows.copy(stored.withFocus("Hiring"), 2, to));

        assertEquals(List.of("Focus", "Version"), set.stream().sorted().toList(),
                "the nulls and unchanged values are not written again");
        assertEquals("Hiring", row.getFocus());

        Pairing pairing = new Pairing(7, UserKey.of("morgan"), UserKey.of("alex"), DAY, null, true, null);
        List<String> pairingSet = new ArrayList<>();
        PairingEntity pairingRow = stored(PairingEntity.class,
                new HashMap<>(Rows.columns(PairingEntity.class, to -> Rows.copy(pairing, to))), pairingSet);
        Rows.changes(PairingEntity.class, pairingRow, to -> Rows.copy(pairing.withCadenceOverride(Cadence.WEEKLY), to));
        assertEquals(List.of("CadenceOverride"), pairingSet, "a flag read through its is-getter is compared too");
    }

    /** A stored row over {@code columns}: its getters read them, its setters write them and note the property. */
    private static <T> T stored(Class<T> type, Map<String, Object> columns, List<String> set) {
        AtlassianFieldNameConverter names = new AtlassianFieldNameConverter();
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().startsWith("set")) {
                set.add(method.getName().substring(3));
                columns.put(names.getName(getter(method)), args[0]);
                return null;
            }
            Object value = columns.get(names.getName(method));
            return value == null && method.getReturnType() == boolean.class ? Boolean.FALSE : value;
        }));
    }

    /**
     * The columns Active Objects gives the entity's properties, but its id (the database gives that) and the version
     * of the pairing's record that wrote it (the store sets that).
     */
    private static Set<String> columnsOf(Class<?> entity) {
        AtlassianFieldNameConverter names = new AtlassianFieldNameConverter();
        return Arrays.stream(entity.getMethods())
                .filter(method -> method.getDeclaringClass() == entity && method.getName().startsWith("set"))
                .map(RowsTest::getter).map(names::getName).filter(column -> !column.equals("PAIRING_VERSION"))
                .collect(Collectors.toSet());
    }

    private static Method getter(Method setter) {
        String property = setter.getName().substring(3);
        for (String prefix : new String[] {"get", "is"}) {
            try {
                return setter.getDeclaringClass().getMethod(prefix + property);
            } catch (NoSuchMethodException e) {
                // try the next prefix
            }
        }
        throw new IllegalStateException("no getter for " + setter);
    }
}
