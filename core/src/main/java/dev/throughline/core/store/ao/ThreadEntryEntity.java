package dev.throughline.core.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One session's entry in a development thread's history. */
@Preload
@Table("THREAD_ENTRY")
public interface ThreadEntryEntity extends Entity {

    @NotNull
    @Indexed
    long getThreadId();

    void setThreadId(long threadId);

    @NotNull
    @Indexed
    long getPairingId();

    void setPairingId(long pairingId);

    @NotNull
    long getSessionId();

    void setSessionId(long sessionId);

    @NotNull
    String getEntryDate();

    void setEntryDate(String date);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @StringLength(StringLength.UNLIMITED)
    String getNextStep();

    void setNextStep(String nextStep);

    String getReviewDate();

    void setReviewDate(String date);
}
