package dev.throughline.standalone.auth;

import dev.throughline.core.people.UserKey;
import dev.throughline.core.service.People;
import dev.throughline.core.store.StoreException;
import net.java.ao.EntityManager;
import org.mindrot.jbcrypt.BCrypt;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's own accounts, with bcrypt-hashed passwords. Display names are held in memory (the sandbox has a
 * handful of users), so pages never query per name.
 */
public final class SandboxUsers implements People {

    private static final int COST = 10;
    /** Checked when the user does not exist, so a wrong user name takes as long as a wrong password. */
    private static final String DUMMY_HASH = BCrypt.hashpw("not a password", BCrypt.gensalt(COST));

    private final EntityManager entityManager;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    public SandboxUsers(EntityManager entityManager) {
        this.entityManager = entityManager;
        try {
            entityManager.migrate(SandboxUserEntity.class);
            for (SandboxUserEntity user : entityManager.find(SandboxUserEntity.class)) {
                names.put(user.getUserKey(), user.getDisplayName());
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the sandbox's users", e);
        }
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public void add(String key, String displayName, String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a sandbox user needs a password");
        }
        try {
            entityManager.create(SandboxUserEntity.class, Map.of("USER_KEY", UserKey.of(key).value(),
                    "DISPLAY_NAME", displayName, "PASSWORD_HASH", BCrypt.hashpw(password, BCrypt.gensalt(COST))));
        } catch (SQLException e) {
            throw new StoreException("could not add the sandbox user " + key, e);
        }
        names.put(key, displayName);
    }

    /** The user, when the password is theirs. */
    public Optional<UserKey> verify(String key, String password) {
        if (key == null || password == null) {
            BCrypt.checkpw("", DUMMY_HASH);
            return Optional.empty();
        }
        try {
            SandboxUserEntity[] rows = entityManager.find(SandboxUserEntity.class, "USER_KEY = ?", key);
            String hash = rows.length == 1 ? rows[0].getPasswordHash() : DUMMY_HASH;
            boolean matches = BCrypt.checkpw(password, hash);
            return matches && rows.length == 1 ? Optional.of(UserKey.of(key)) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("could not check the password of " + key, e);
        }
    }

    @Override
    public Optional<String> displayName(UserKey user) {
        return Optional.ofNullable(names.get(user.value()));
    }
}
