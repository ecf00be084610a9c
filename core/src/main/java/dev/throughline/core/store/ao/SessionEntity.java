package dev.throughline.core.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One one-on-one with its three segments flattened into columns (a session always has exactly three).
 * Instants are epoch milliseconds.
 */
@Preload
@Table("ONE_ON_ONE")
public interface SessionEntity extends Entity {

    @NotNull
    @Indexed
    long getPairingId();

    void setPairingId(long pairingId);

    @NotNull
    long getScheduledAt();

    void setScheduledAt(long epochMillis);

    @NotNull
    String getState();

    void setState(String state);

    Long getStateChangedAt();

    void setStateChangedAt(Long epochMillis);

    Long getRescheduledTo();

    void setRescheduledTo(Long epochMillis);

    @StringLength(StringLength.UNLIMITED)
    String getFocus();

    void setFocus(String focus);

    @StringLength(StringLength.UNLIMITED)
    String getProgressNotes();

    void setProgressNotes(String notes);

    int getProgressPlanned();

    void setProgressPlanned(int minutes);

    Long getProgressOpenedAt();

    void setProgressOpenedAt(Long epochMillis);

    Integer getProgressActual();

    void setProgressActual(Integer minutes);

    @StringLength(StringLength.UNLIMITED)
    String getBlockerNotes();

    void setBlockerNotes(String notes);

    int getBlockerPlanned();

    void setBlockerPlanned(int minutes);

    Long getBlockerOpenedAt();

    void setBlockerOpenedAt(Long epochMillis);

    Integer getBlockerActual();

    void setBlockerActual(Integer minutes);

    @StringLength(StringLength.UNLIMITED)
    String getDevelopmentNotes();

    void setDevelopmentNotes(String notes);

    int getDevelopmentPlanned();

    void setDevelopmentPlanned(int minutes);

    Long getDevelopmentOpenedAt();

    void setDevelopmentOpenedAt(Long epochMillis);

    Integer getDevelopmentActual();

    void setDevelopmentActual(Integer minutes);

    long getManagerTalkSeconds();

    void setManagerTalkSeconds(long seconds);

    long getReportTalkSeconds();

    void setReportTalkSeconds(long seconds);

    @StringLength(StringLength.UNLIMITED)
    String getRecap();

    void setRecap(String recap);

    Long getRecapSentAt();

    void setRecapSentAt(Long epochMillis);

    @NotNull
    long getVersion();

    void setVersion(long version);

    /** The version of the pairing's record whose write last changed this row (see {@link VersionClaimEntity}). */
    @Default("0")
    long getPairingVersion();

    void setPairingVersion(long version);
}
