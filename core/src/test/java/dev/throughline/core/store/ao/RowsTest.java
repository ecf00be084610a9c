package dev.throughline.core.store.ao;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.TalkTime;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
