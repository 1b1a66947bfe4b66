package io.inpact.api.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The acknowledgements a chat client owes (the SPA's tab, the benchmark's sockets), in plain Java, as marks:
 * per conversation, the highest seq received from the other participant, which acknowledges every message
 * up to it. The first after a quiet spell is due at once; any that arrive before the next frame is due wait
 * for it, so a burst of messages costs one frame per conversation instead of one each. The wait after a frame
 * is drawn between 3/4 and 5/4 of {@code intervalMillis}, so that many clients that started together do not
 * acknowledge in step. Times are the caller's clock in milliseconds.
 */
public final class AckGatherer {

    /** {@link #add} found a frame already due: the caller's pending timer will take this one too. */
    public static final long WAITING = -1;

    private final long intervalMillis;
    private final DoubleSupplier random;
    private final Map<String, Long> pending = new LinkedHashMap<>();
    private long nextFrameAt = Long.MIN_VALUE / 2;
    private boolean due;

    /** {@code random} gives values from 0 (inclusive) to 1 (exclusive), as {@link Math#random()} does. */
    public AckGatherer(long intervalMillis, DoubleSupplier random) {
        this.intervalMillis = intervalMillis;
        this.random = random;
    }

    /**
     * Owes an acknowledgement of message {@code seq} of {@code conversationId} as of {@code now}: how many
     * milliseconds until the caller should {@link #take} (0: now), or {@link #WAITING} when a take is due already.
     */
    public long add(String conversationId, long seq, long now) {
        pending.merge(conversationId, seq, Math::max);
        if (due) {
            return WAITING;
        }
        due = true;
        return Math.max(0, nextFrameAt - now);
    }

    /** The ack frames to send at {@code now}, one per conversation (empty when none are owed). */
    public List<ClientFrame> take(long now) {
        due = false;
        if (pending.isEmpty()) {
            return List.of();
        }
        List<ClientFrame> frames = new ArrayList<>(pending.size());
        pending.forEach((conversationId, seq) -> frames.add(ClientFrame.ack(conversationId, seq)));
        pending.clear();
        nextFrameAt = now + (long) (intervalMillis * (0.75 + 0.5 * random.getAsDouble()));
        return frames;
    }

    /** Frames could not be sent (the socket is down): they are owed again. */
    public void putBack(List<ClientFrame> frames) {
        for (ClientFrame frame : frames) {
            pending.merge(frame.conversationId(), frame.seq(), Math::max);
        }
    }

    public void clear() {
        pending.clear();
        due = false;
    }
}
