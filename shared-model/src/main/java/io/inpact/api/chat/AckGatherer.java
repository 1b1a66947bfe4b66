package io.inpact.api.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * The acknowledgements a chat client owes (the SPA's tab, the benchmark's sockets), in plain Java: the first
 * after a quiet spell is due at once, and any that arrive within {@code intervalMillis} of the last ack frame
 * wait until that interval is up, so a burst of messages costs one ack frame instead of one each. Times are
 * the caller's clock in milliseconds.
 */
public final class AckGatherer {

    /** {@link #add} found a frame already due: the caller's pending timer will take this one too. */
    public static final long WAITING = -1;

    private final long intervalMillis;
    private final int maxPerFrame;
    private final List<String> pending = new ArrayList<>();
    private long lastFrameAt = Long.MIN_VALUE / 2;
    private boolean due;

    public AckGatherer(long intervalMillis, int maxPerFrame) {
        this.intervalMillis = intervalMillis;
        this.maxPerFrame = maxPerFrame;
    }

    /**
     * Owes an acknowledgement of {@code messageId} as of {@code now}: how many milliseconds until the caller
     * should {@link #take} (0: now), or {@link #WAITING} when a take is due already.
     */
    public long add(String messageId, long now) {
        if (!pending.contains(messageId)) {
            pending.add(messageId);
        }
        if (due) {
            return WAITING;
        }
        due = true;
        return Math.max(0, lastFrameAt + intervalMillis - now);
    }

    /** The ids for one ack frame sent at {@code now} (empty when none are owed); the rest stay {@link #hasPending}. */
    public List<String> take(long now) {
        due = false;
        if (pending.isEmpty()) {
            return List.of();
        }
        List<String> frame = new ArrayList<>(pending.subList(0, Math.min(maxPerFrame, pending.size())));
        pending.subList(0, frame.size()).clear();
        lastFrameAt = now;
        return frame;
    }

    /** A frame could not be sent (the socket is down): its ids are owed again, first. */
    public void putBack(List<String> messageIds) {
        pending.addAll(0, messageIds);
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }

    public void clear() {
        pending.clear();
        due = false;
    }
}
