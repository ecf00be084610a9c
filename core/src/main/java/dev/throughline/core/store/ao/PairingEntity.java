package dev.throughline.core.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A manager–report pairing. Dates are ISO-8601 strings ({@code 2026-11-29}). Its version counts the writes to the
 * pairing's whole record (see {@link VersionClaimEntity}); its stamp, drawn at random by each write, tells two
 * copies of the record at the same version apart.
 */
@Preload
@Table("PAIRING")
public interface PairingEntity extends Entity {

    @NotNull
    @Indexed
    String getManagerKey();

    void setManagerKey(String managerKey);

    @NotNull
    @Indexed
    String getReportKey();

    void setReportKey(String reportKey);

    @NotNull
    String getTeamStartDate();

    void setTeamStartDate(String date);

    String getRoleStartDate();

    void setRoleStartDate(String date);

    boolean isLessConfident();

    void setLessConfident(boolean lessConfident);

    String getCadenceOverride();

    void setCadenceOverride(String cadence);

    @Default("0")
    long getVersion();

    void setVersion(long version);

    @Default("0")
    long getStamp();

    void setStamp(long stamp);
}
