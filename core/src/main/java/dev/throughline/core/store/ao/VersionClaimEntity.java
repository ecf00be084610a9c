package dev.throughline.core.store.ao;

import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/**
 * The claim of one version of a pairing's record ({@code 12:40}: pairing 12, version 40). Every write to a pairing
 * inserts the claim of the version after the one it read, in its own transaction: of two writers that read the same
 * version, the database lets exactly one insert its key, with the plain entity API on every engine. A pairing's
 * latest {@value AoStore#KEPT_CLAIMS} claims at least are kept (older ones are dropped every so many writes): a key
 * could only be claimed twice by a writer that, between reading the pairing and claiming, sat through that many
 * writes of others to the same pairing.
 */
@Table("VERSION_CLAIM")
public interface VersionClaimEntity extends RawEntity<String> {

    @NotNull
    @PrimaryKey("CLAIM_KEY")
    String getClaimKey();

    @Indexed
    long getPairingId();

    void setPairingId(long pairingId);

    long getVersion();

    void setVersion(long version);

    /** The stamp the claiming write left on the pairing row: a copy of the record at this version carries it too. */
    long getStamp();

    void setStamp(long stamp);
}
