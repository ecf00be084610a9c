package dev.throughline.core.session;

/** A segment's recommended length in minutes. The split is flexible; far outside it gets flagged. */
public record TimeBox(int minMinutes, int maxMinutes) {

    public TimeBox {
        if (minMinutes < 0 || maxMinutes < minMinutes) {
            throw new IllegalArgumentException("bad time box " + minMinutes + "-" + maxMinutes);
        }
    }

    /**
     * How {@code minutes} sits against the box. "Far" means under half the minimum or over one and a half
     * times the maximum: a Progress Check of 2 minutes or a Development Thread of 25.
     */
    public Fit assess(int minutes) {
        if (minutes * 2 < minMinutes) {
            return Fit.FAR_UNDER;
        }
        if (minutes < minMinutes) {
            return Fit.UNDER;
        }
        if (minutes * 2 > maxMinutes * 3) {
            return Fit.FAR_OVER;
        }
        if (minutes > maxMinutes) {
            return Fit.OVER;
        }
        return Fit.WITHIN;
    }

    public enum Fit {
        FAR_UNDER, UNDER, WITHIN, OVER, FAR_OVER;

        /** Worth flagging to the manager. */
        public boolean far() {
            return this == FAR_UNDER || this == FAR_OVER;
        }
    }
}
