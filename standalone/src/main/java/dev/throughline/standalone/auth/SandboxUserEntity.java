package dev.throughline.standalone.auth;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A sandbox account: the sandbox has no Jira to ask who people are. Only a bcrypt hash of the password is kept. */
@Preload
@Table("SANDBOX_USER")
public interface SandboxUserEntity extends Entity {

    @NotNull
    @Indexed
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getDisplayName();

    void setDisplayName(String displayName);

    @NotNull
    String getPasswordHash();

    void setPasswordHash(String passwordHash);
}
