package fr.passerelle.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store as the requests see it: Spring Session's JDBC store, except that a session's last access is
 * written at most once per {@code grain}. Spring Session sets the last access at every request, and a session whose
 * access time changed is written back (an update and a commit for every page a signed-in person opens, however little
 * it changed). Here a request that changes nothing else writes nothing while the stored access is younger than the
 * grain: a session then ends at most one grain before its idle timeout would have ended it, never later. What else a
 * request changes (a new session, a new id at sign-in, an attribute, the idle timeout) is written as before.
 */
final class SparingSessionStore implements FindByIndexNameSessionRepository<SparingSessionStore.SparingSession> {

    private final FindByIndexNameSessionRepository<Session> store;
    private final Duration grain;

    @SuppressWarnings({"unchecked", "rawtypes"})
    SparingSessionStore(FindByIndexNameSessionRepository<? extends Session> store, Duration grain) {
        // The JDBC store's own session type is not public; the sessions handed back to it are its own.
        this.store = (FindByIndexNameSessionRepository) store;
        this.grain = grain;
    }

    @Override
    public SparingSession createSession() {
        return new SparingSession(store.createSession(), grain);
    }

    @Override
    public void save(SparingSession session) {
        store.save(session.stored);
    }

    @Override
    public SparingSession findById(String id) {
        Session found = store.findById(id);
        return found == null ? null : new SparingSession(found, grain);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, SparingSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, SparingSession> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new SparingSession(session, grain)));
        return found;
    }

    /** A stored session whose last access moves only once the stored one is a grain old. */
    @RequiredArgsConstructor
    static final class SparingSession implements Session {

        private final Session stored;
        private final Duration grain;

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(grain))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
