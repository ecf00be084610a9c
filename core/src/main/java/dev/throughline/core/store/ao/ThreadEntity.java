package dev.throughline.core.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A development thread; its history lives in {@link ThreadEntryEntity}. */
@Preload
@Table("DEV_THREAD")
public interface ThreadEntity extends Entity {

    @NotNull
    @Indexed
    long getPairingId();

    void setPairingId(long pairingId);

    @NotNull
    @Indexed
    String getReportKey();

    void setReportKey(String reportKey);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getGrowthArea();

    void setGrowthArea(String growthArea);

    @StringLength(StringLength.UNLIMITED)
    String getTarget();

    void setTarget(String target);

    @StringLength(StringLength.UNLIMITED)
    String getGap();

    void setGap(String gap);

    @StringLength(StringLength.UNLIMITED)
    String getWhatGood();

    void setWhatGood(String whatGood);

    @StringLength(StringLength.UNLIMITED)
    String getNextStep();

    void setNextStep(String nextStep);

    String getReviewDate();

    void setReviewDate(String date);

    @NotNull
    String getStatus();

    void setStatus(String status);

    boolean isGapFlagged();

    void setGapFlagged(boolean flagged);

    @NotNull
    String getStartedOn();

    void setStartedOn(String date);

    @NotNull
    long getVersion();

    void setVersion(long version);

    /** The version of the pairing's record whose write last changed this row (see {@link VersionClaimEntity}). */
    @Default("0")
    long getPairingVersion();

    void setPairingVersion(long version);
}
