package dev.throughline.core.session;

import dev.throughline.core.DomainException;

/** Recorded talk time of each side, in seconds. */
public record TalkTime(long managerSeconds, long reportSeconds) {

    public static final TalkTime NONE = new TalkTime(0, 0);

    /** More than a day of talk, for one side of one session, is not a measurement. */
    public static final long MAX_SECONDS = 24 * 60 * 60;

    public TalkTime {
        if (managerSeconds < 0 || reportSeconds < 0) {
            throw new DomainException("error.talk.negative", "talkTime");
        }
        if (managerSeconds > MAX_SECONDS || reportSeconds > MAX_SECONDS) {
            throw new DomainException("error.talk.too.long", "talkTime", MAX_SECONDS / 3600);
        }
    }

    public long totalSeconds() {
        return managerSeconds + reportSeconds;
    }

    public boolean isRecorded() {
        return totalSeconds() > 0;
    }

    /**
     * The manager's share of recorded talk in whole percent, rounded up (0 when nothing was recorded): so it is over
     * a limit exactly when the share itself is (40.04% shows as 41%, exactly 40% as 40%).
     */
    public int managerSharePercent() {
        return isRecorded() ? (int) ((managerSeconds * 100 + totalSeconds() - 1) / totalSeconds()) : 0;
    }

    /** Both measurements together (each side's sum is bounded as any talk time is, so it cannot overflow). */
    public TalkTime plus(TalkTime other) {
        return new TalkTime(managerSeconds + other.managerSeconds, reportSeconds + other.reportSeconds);
    }
}
