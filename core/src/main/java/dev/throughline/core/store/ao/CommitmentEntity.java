package dev.throughline.core.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A commitment made in a session. Dates are ISO-8601 strings. */
@Preload
@Table("COMMITMENT")
public interface CommitmentEntity extends Entity {

    @NotNull
    @Indexed
    long getPairingId();

    void setPairingId(long pairingId);

    @NotNull
    @Indexed
    long getOriginSessionId();

    void setOriginSessionId(long sessionId);

    @NotNull
    String getMadeOn();

    void setMadeOn(String date);

    @NotNull
    String getOwner();

    void setOwner(String party);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    String getDueDate();

    void setDueDate(String date);

    @NotNull
    String getKind();

    void setKind(String kind);

    String getCompletedOn();

    void setCompletedOn(String date);

    String getWorkItemKey();

    void setWorkItemKey(String key);

    String getBlockedItemKey();

    void setBlockedItemKey(String key);

    /** The version of the pairing's record whose write last changed this row (see {@link VersionClaimEntity}). */
    @Default("0")
    long getPairingVersion();

    void setPairingVersion(long version);
}
