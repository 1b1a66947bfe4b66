// Load generator for scripts/bench-chat: N users on the chat WebSocket, paired into conversations, sending
// at fixed offered rates; measures delivery (send → the receiver's socket) and compares with a raw Redis
// pub/sub round trip measured in the same run. Launched as a single-file program:
//   java -cp <server jar> scripts/bench/ChatBench.java --base http://127.0.0.1:PORT ... [--replica-pids P1,P2]
// Loopback only, bounded in time (each step's duration) and count (users × rate × duration).
//
// The sockets are Netty clients (the server jar's Netty) on ONE event-loop thread: the generator shares the
// CPU with everything it measures, so it has to be cheap (the JDK WebSocket client it replaced cost far more
// per frame). Signup and conversations, outside the measured steps, use the JDK HttpClient.
//
// Each step's line ends with where the machine's CPU went during the step ("cpu-by-process:"): utime+stime
// from /proc/<pid>/stat of the generator (this JVM), the replicas (--replica-pids), nginx, postgres and
// redis-server, and other = the rest of the machine-wide busy time (other processes, short-lived ones).
// Each group as % of ONE core (they add up to cpu=NN% × cores), as CPU µs per delivered message, and as
// context switches per delivered message (switches/msg: each time a thread sleeps and is woken, or is preempted).
// The run ends with what one thread hand-off (a wake-up each way) costs on this machine.

import io.inpact.api.chat.AckGatherer;
import io.inpact.api.chat.ChatRules;
import io.inpact.api.chat.ClientFrame;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

public class ChatBench {

    /** Whether receiving clients acknowledge what they get, as the SPA does; off only to measure what receipts cost. */
    static boolean acknowledging = true;

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Exits on failure too: the sockets' event-loop threads would otherwise keep the JVM, and the script, waiting. */
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    static void run(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        List<String> bases = List.of(opt.getOrDefault("base", "http://127.0.0.1:8000").split(","));
        int users = Integer.parseInt(opt.getOrDefault("users", "1000")) / 2 * 2;
        int[] rates = Arrays.stream(opt.getOrDefault("rates", "2000,5000,10000").split(",")).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "20"));
        String redisUri = opt.getOrDefault("redis", "redis://127.0.0.1:6379");
        String prefix = opt.getOrDefault("prefix", "bench:" + UUID.randomUUID() + ":");
        Path out = Path.of(opt.getOrDefault("out", "chat-bench-results.txt"));
        String acks = opt.getOrDefault("acks", "on");
        if (!acks.equals("on") && !acks.equals("off")) {
            throw new IllegalArgumentException("--acks must be on or off, not " + acks);
        }
        acknowledging = acks.equals("on");
        CpuByProcess.replicaPids = Stream.of(opt.getOrDefault("replica-pids", "").split(","))
                .filter(p -> !p.isBlank()).map(Long::parseLong).collect(Collectors.toSet());

        List<String> report = new ArrayList<>();
        report(report, "users (sockets)=" + users + " replicas=" + opt.getOrDefault("replicas", "?") + " via=" + opt.getOrDefault("via", bases.get(0))
                + (acknowledging ? "" : " acks=off (receivers do not acknowledge: no DELIVERED receipts)"));

        long t0 = System.nanoTime();
        List<User> all = signUp(bases, users);
        report(report, String.format(Locale.ROOT, "signup of %d users: %.1f s", users, (System.nanoTime() - t0) / 1e9));
        for (int i = 0; i < users; i += 2) {
            all.get(i).conversation = openConversation(all.get(i), all.get(i + 1));
            all.get(i + 1).conversation = all.get(i).conversation;
        }
        Recorder recorder = new Recorder();
        t0 = System.nanoTime();
        connect(all, recorder);
        report(report, String.format(Locale.ROOT, "%d sockets open and live: %.1f s", users, (System.nanoTime() - t0) / 1e9));

        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "20"));
        int[] warmupRates = Arrays.stream(opt.getOrDefault("warmup-rates", "3000,10000,200").split(",")).mapToInt(Integer::parseInt).toArray();
        // JIT compilation and pool growth on a cold JVM are not the steady state; nor is the recompiling that the top
        // rate's first backlog sets off, or the first low rate after a high one (code compiled for full batches meets
        // batches of one): run all three, discard
        for (int warmupRate : warmup > 0 ? warmupRates : new int[0]) {
            String cold = chatStep(all, recorder, warmupRate, warmup);
            report(report, String.format(Locale.ROOT, "warm-up (not counted): %d s at %d/s: %s", warmup, warmupRate, cold));
        }
        for (int rate : rates) {
            report(report, chatStep(all, recorder, rate, seconds));
        }
        for (User user : all) {
            user.channel.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE, "bench done"));
        }
        for (int rate : rates) {
            report(report, redisStep(redisUri, prefix, rate, Math.min(seconds, 10)));
        }
        report(report, redisMax(redisUri, prefix, 5));
        report(report, handoff(3));
        Files.write(out, report);
    }

    /** Adds a line to the report and prints it at once, so a long run shows where it is. */
    static void report(List<String> report, String line) {
        report.add(line);
        System.out.println(line);
    }

    // ---- chat ---------------------------------------------------------------------------------------

    static final class User {
        final String base;
        final String id;
        final String cookie;
        String conversation;
        Channel channel;

        User(String base, String id, String cookie) {
            this.base = base;
            this.id = id;
            this.cookie = cookie;
        }
    }

    /** Everything the sockets observe, indexed by the message's sequence number in the run. */
    static final class Recorder {
        static final int CAPACITY = 4_000_000;
        final AtomicLongArray sentAt = new AtomicLongArray(CAPACITY);
        final AtomicLongArray deliveredAt = new AtomicLongArray(CAPACITY);
        final AtomicIntegerArray deliveries = new AtomicIntegerArray(CAPACITY);
        final AtomicLongArray confirmedAt = new AtomicLongArray(CAPACITY);
        final AtomicInteger next = new AtomicInteger();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong acks = new AtomicLong();
        final AtomicLong deliveredStatuses = new AtomicLong();
        final AtomicLong ackFrames = new AtomicLong();
        final AtomicLong statusFrames = new AtomicLong();
        final Map<String, AtomicLong> errorCodes = new java.util.concurrent.ConcurrentHashMap<>();

        /** Refusals so far, by error code. */
        Map<String, Long> errorCodeCounts() {
            Map<String, Long> counts = new java.util.TreeMap<>();
            errorCodes.forEach((code, count) -> counts.put(code, count.get()));
            return counts;
        }

        /** Refusals by error code since {@code before} was taken ({@link #errorCodeCounts()}). */
        Map<String, Long> errorCodesSince(Map<String, Long> before) {
            Map<String, Long> since = errorCodeCounts();
            since.replaceAll((code, count) -> count - before.getOrDefault(code, 0L));
            since.values().removeIf(count -> count == 0);
            return since;
        }

        /** What a frame is to the socket that got it. */
        enum Kind { OTHER, THEIRS, MINE, DELIVERED }

        /** Records a frame: the recipient's copy of a message is acknowledged, as the SPA does. */
        Kind onFrame(String frame) {
            long now = System.nanoTime();
            if (frame.startsWith("{\"type\":\"message\"")) {
                int seq = number(frame, "\"text\":\"bench ");
                if (seq < 0) {
                    return Kind.OTHER;
                }
                if (frame.contains("\"clientId\":")) {
                    confirmedAt.compareAndSet(seq, 0, now);
                    return Kind.MINE;
                }
                if (deliveries.incrementAndGet(seq) == 1) {
                    deliveredAt.set(seq, now);
                }
                return Kind.THEIRS;
            } else if (frame.startsWith("{\"type\":\"status\"") && frame.contains("\"DELIVERED\"")) {
                statusFrames.incrementAndGet();
                if (!frame.contains("\"upToSeq\":")) {
                    deliveredStatuses.addAndGet(count(frame, "\"messageIds\":["));
                }
                return Kind.DELIVERED;
            } else if (frame.startsWith("{\"type\":\"error\"")) {
                errors.incrementAndGet();
                int at = frame.indexOf("\"code\":\"");
                String code = at < 0 ? "?" : frame.substring(at + 8, frame.indexOf('"', at + 8));
                errorCodes.computeIfAbsent(code, c -> new AtomicLong()).incrementAndGet();
            }
            return Kind.OTHER;
        }

        /** How many ids the JSON string array after {@code marker} holds (1 when there is none: a single id). */
        static int count(String frame, String marker) {
            int at = frame.indexOf(marker);
            if (at < 0) {
                return 1;
            }
            int end = frame.indexOf(']', at);
            int ids = 0;
            for (int i = at + marker.length(); i < end; i++) {
                if (frame.charAt(i) == '"') {
                    ids++;
                }
            }
            return ids / 2;
        }

        static int number(String frame, String marker) {
            return (int) longAfter(frame, marker);
        }

        /** The whole number after {@code marker} (a message's seq), or -1. */
        static long longAfter(String frame, String marker) {
            int at = frame.indexOf(marker);
            if (at < 0) {
                return -1;
            }
            long value = 0;
            int i = at + marker.length();
            int from = i;
            for (; i < frame.length() && Character.isDigit(frame.charAt(i)); i++) {
                value = value * 10 + (frame.charAt(i) - '0');
            }
            return i == from ? -1 : value;
        }

        /** The JSON string after {@code marker}, up to its closing quote. */
        static String textAfter(String frame, String marker) {
            int at = frame.indexOf(marker);
            return at < 0 ? null : frame.substring(at + marker.length(), frame.indexOf('"', at + marker.length()));
        }
    }

    static String chatStep(List<User> users, Recorder recorder, int rate, int seconds) throws Exception {
        int first = recorder.next.get();
        long errorsBefore = recorder.errors.get();
        Map<String, Long> errorCodesBefore = recorder.errorCodeCounts();
        long acksBefore = recorder.acks.get();
        long statusesBefore = recorder.deliveredStatuses.get();
        long ackFramesBefore = recorder.ackFrames.get();
        long statusFramesBefore = recorder.statusFrames.get();
        CpuMeter cpu = new CpuMeter();
        CpuByProcess byProcess = new CpuByProcess();
        long start = System.nanoTime();
        Instant startedAt = Instant.now();
        long periodNanos = 1_000_000_000L / rate;
        // paced on the sockets' own event loop: no thread hand-off and no wake-up per message
        Pacer pacer = new Pacer(users, recorder, start, start + seconds * 1_000_000_000L, periodNanos);
        LOOP.execute(pacer);
        pacer.done.get();
        long sendEnd = System.nanoTime();
        int last = recorder.next.get();
        double cpuBusy = cpu.busy();
        CpuByProcess.Sample whileSending = byProcess.sample();
        // An overloaded step leaves a backlog: wait for it while it moves, so that "undelivered" means lost,
        // not late. Give up once nothing arrived for DRAIN_IDLE (or after DRAIN_MAX).
        long drainStart = System.nanoTime();
        Progress progress = new Progress(drainStart);
        while (!progress.stalled() && !allDelivered(recorder, first, last)) {
            Thread.sleep(200);
            progress.observe(delivered(recorder, first, last) + recorder.deliveredStatuses.get());
        }
        // the DELIVERED statuses of the last acknowledgements are still on their way
        while (!progress.stalled() && recorder.deliveredStatuses.get() - statusesBefore < recorder.acks.get() - acksBefore) {
            Thread.sleep(200);
            progress.observe(recorder.deliveredStatuses.get());
        }
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        CpuByProcess.Sample withDrain = byProcess.sample();
        int sent = last - first;
        int delivered = 0;
        int duplicates = 0;
        int inWindow = 0;
        long windowStart = start + (seconds * 1_000_000_000L) / 4;
        List<Long> latencies = new ArrayList<>();
        List<Long> confirms = new ArrayList<>();
        for (int seq = first; seq < last; seq++) {
            int count = recorder.deliveries.get(seq);
            if (count > 0) {
                delivered++;
                duplicates += count - 1;
                long at = recorder.deliveredAt.get(seq);
                if (at >= windowStart && at <= sendEnd) {
                    inWindow++;
                }
                if (recorder.sentAt.get(seq) >= windowStart) {
                    latencies.add(at - recorder.sentAt.get(seq));
                }
            }
            if (recorder.confirmedAt.get(seq) > 0 && recorder.sentAt.get(seq) >= windowStart) {
                confirms.add(recorder.confirmedAt.get(seq) - recorder.sentAt.get(seq));
            }
        }
        double sustained = inWindow / ((sendEnd - windowStart) / 1e9);
        if (System.getenv("BENCH_TIMELINE") != null) {
            System.out.println(timeline(recorder, first, last, start, startedAt));
        }
        long errors = recorder.errors.get() - errorsBefore;
        Map<String, Long> errorCodes = recorder.errorCodesSince(errorCodesBefore);
        return String.format(Locale.ROOT,
                "chat offered=%d/s sent=%d delivered=%d undelivered=%d drain=%.1fs duplicate-frames=%d refused=%d %s "
                        + "acks=%d (frames=%d) delivered-statuses=%d (frames=%d) sustained=%.0f/s "
                        + "delivery p50=%.2fms p99=%.2fms p99.9=%.2fms max=%.2fms confirm p50=%.2fms p99=%.2fms cpu=%.0f%%",
                rate, sent, delivered, sent - delivered, drainSeconds, duplicates, errors, errorCodes,
                recorder.acks.get() - acksBefore, recorder.ackFrames.get() - ackFramesBefore,
                recorder.deliveredStatuses.get() - statusesBefore, recorder.statusFrames.get() - statusFramesBefore, sustained,
                pct(latencies, 50), pct(latencies, 99), pct(latencies, 99.9), pct(latencies, 100),
                pct(confirms, 50), pct(confirms, 99), cpuBusy * 100)
                + CpuByProcess.format(whileSending, withDrain, delivered, CpuByProcess.GROUPS);
    }

    /** Delivery p99 and max of a step's messages, by 250 ms of their send time: a backlog is a plateau, a stall a spike. */
    static String timeline(Recorder recorder, int first, int last, long start, Instant startedAt) {
        Map<Long, List<Long>> bins = new java.util.TreeMap<>();
        for (int seq = first; seq < last; seq++) {
            if (recorder.deliveries.get(seq) > 0) {
                bins.computeIfAbsent((recorder.sentAt.get(seq) - start) / 250_000_000L, bin -> new ArrayList<>())
                        .add(recorder.deliveredAt.get(seq) - recorder.sentAt.get(seq));
            }
        }
        StringBuilder line = new StringBuilder("timeline (from " + startedAt + ", by send time, 250 ms bins: p99/max ms):");
        bins.forEach((bin, values) -> line.append(String.format(Locale.ROOT, " %.2fs:%.0f/%.0f", bin / 4.0,
                pct(values, 99), pct(values, 100))));
        return line.toString();
    }

    static final long DRAIN_IDLE_NANOS = 15_000_000_000L;
    static final long DRAIN_MAX_NANOS = 300_000_000_000L;

    /** The drain after a step: stalled once the observed count stopped growing for a while, or it took too long. */
    static final class Progress {
        final long started;
        long lastChange;
        long count = -1;

        Progress(long now) {
            started = now;
            lastChange = now;
        }

        void observe(long observed) {
            if (observed != count) {
                count = observed;
                lastChange = System.nanoTime();
            }
        }

        boolean stalled() {
            long now = System.nanoTime();
            return now - lastChange > DRAIN_IDLE_NANOS || now - started > DRAIN_MAX_NANOS;
        }
    }

    static int delivered(Recorder recorder, int first, int last) {
        int delivered = 0;
        for (int seq = first; seq < last; seq++) {
            if (recorder.deliveries.get(seq) > 0) {
                delivered++;
            }
        }
        return delivered;
    }

    static boolean allDelivered(Recorder recorder, int first, int last) {
        for (int seq = first; seq < last; seq++) {
            if (recorder.deliveries.get(seq) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sends what is due every {@link #PACE_NANOS} on the event loop, round-robin over the users, until the end of the
     * step; {@link #done} completes then.
     */
    static final class Pacer implements Runnable {
        static final long PACE_NANOS = 200_000;
        final List<User> users;
        final Recorder recorder;
        final long end;
        final long periodNanos;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        long due;
        int next;

        Pacer(List<User> users, Recorder recorder, long start, long end, long periodNanos) {
            this.users = users;
            this.recorder = recorder;
            this.due = start;
            this.end = end;
            this.periodNanos = periodNanos;
        }

        @Override
        public void run() {
            long now = System.nanoTime();
            while (due <= now && due < end) {
                send(users.get(next), recorder, recorder.next.getAndIncrement());
                next = (next + 1) % users.size();
                due += periodNanos;
            }
            if (now >= end) {
                done.complete(null);
            } else {
                LOOP.schedule(this, PACE_NANOS, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** On the event loop: stamps the send time and writes the frame, so the latency clock starts as it goes to the socket. */
    static void send(User user, Recorder recorder, int seq) {
        TextWebSocketFrame frame = new TextWebSocketFrame("{\"type\":\"send\",\"clientId\":\"b" + seq
                + "\",\"conversationId\":\"" + user.conversation + "\",\"text\":\"bench " + seq + " " + PADDING + "\"}");
        recorder.sentAt.set(seq, System.nanoTime());
        user.channel.writeAndFlush(frame, user.channel.voidPromise());
    }

    static final String PADDING = "x".repeat(80);

    static List<User> signUp(List<String> bases, int count) throws Exception {
        User[] users = new User[count];
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                String base = bases.get(index % bases.size());
                String name = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
                String body = "{\"email\":\"" + name + "@bench.example\",\"username\":\"" + name
                        + "\",\"password\":\"Bench-" + UUID.randomUUID() + "\",\"role\":\""
                        + (index % 2 == 0 ? "BRAND" : "CREATOR") + "\"}";
                HttpResponse<String> response = post(base, "/api/auth/signup", body, null);
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("signup: " + response.statusCode() + " " + response.body());
                }
                String cookie = response.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("INPACT_SESSION=")).map(c -> c.split(";", 2)[0])
                        .findFirst().orElseThrow();
                int at = response.body().indexOf("\"id\":\"");
                String id = response.body().substring(at + 6, response.body().indexOf('"', at + 6));
                users[index] = new User(base, id, cookie);
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return new ArrayList<>(List.of(users));
    }

    static String openConversation(User from, User to) throws Exception {
        HttpResponse<String> response = post(from.base, "/api/chat/conversations",
                "{\"participantId\":\"" + to.id + "\"}", from.cookie);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("conversation: " + response.statusCode() + " " + response.body());
        }
        int at = response.body().indexOf("\"id\":\"");
        return response.body().substring(at + 6, response.body().indexOf('"', at + 6));
    }

    /** One event-loop thread serves every socket: the generator's share of the CPU stays small. */
    static final EventLoopGroup LOOP = new MultiThreadIoEventLoopGroup(1,
            Epoll.isAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
    static final int MAX_FRAME = 64 * 1024;

    static void connect(List<User> users, Recorder recorder) throws Exception {
        CountDownLatch live = new CountDownLatch(users.size());
        for (User user : users) {
            URI ws = URI.create(user.base.replaceFirst("^http", "ws") + "/api/chat/ws");
            ChatSocket socket = new ChatSocket(recorder, live);
            WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                    .webSocketUri(ws)
                    .version(WebSocketVersion.V13)
                    .customHeaders(new DefaultHttpHeaders()
                            .add(HttpHeaderNames.COOKIE, user.cookie)
                            .add(HttpHeaderNames.ORIGIN, user.base))
                    .generateOriginHeader(false)
                    .maxFramePayloadLength(MAX_FRAME)
                    .handshakeTimeoutMillis(20_000)
                    .withUTF8Validator(false) // frame.text() decodes each frame anyway
                    .build();
            user.channel = new Bootstrap()
                    .group(LOOP)
                    .channel(Epoll.isAvailable() ? EpollSocketChannel.class : NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 20_000)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(MAX_FRAME),
                                    new WebSocketClientProtocolHandler(config), new WebSocketFrameAggregator(MAX_FRAME),
                                    socket);
                        }
                    })
                    .connect(ws.getHost(), ws.getPort()).sync().channel();
            socket.handshake.get(30, TimeUnit.SECONDS);
        }
        if (!live.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("sockets not live after 60 s: " + live.getCount() + " missing");
        }
    }

    /**
     * One user's socket, on the event loop: records every (reassembled) text frame and acknowledges the
     * messages it receives as the SPA does, through the same {@link AckGatherer}.
     */
    static final class ChatSocket extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        final Recorder recorder;
        final CountDownLatch live;
        final CompletableFuture<Void> handshake = new CompletableFuture<>();
        final AckGatherer acks = new AckGatherer(ChatRules.ACK_INTERVAL_MILLIS,
                () -> ThreadLocalRandom.current().nextDouble());
        /** This user's own messages, by seq, that no DELIVERED status has covered yet. */
        final PriorityQueue<Long> undelivered = new PriorityQueue<>();
        boolean firstFrameSeen;

        ChatSocket(Recorder recorder, CountDownLatch live) {
            this.recorder = recorder;
            this.live = live;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                handshake.complete(null);
            } else if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                handshake.completeExceptionally(new IllegalStateException("WebSocket handshake timed out"));
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            if (!firstFrameSeen) {
                firstFrameSeen = true;
                live.countDown();
            }
            String text = frame.text();
            switch (recorder.onFrame(text)) {
                case THEIRS -> acknowledge(ctx, text);
                case MINE -> undelivered.add(Recorder.longAfter(text, "\"seq\":"));
                case DELIVERED -> countDelivered(Recorder.longAfter(text, "\"upToSeq\":"));
                default -> { }
            }
        }

        private void acknowledge(ChannelHandlerContext ctx, String frame) {
            if (!acknowledging) {
                return;
            }
            recorder.acks.incrementAndGet();
            long delay = acks.add(Recorder.textAfter(frame, "\"conversationId\":\""),
                    Recorder.longAfter(frame, "\"seq\":"), millis());
            if (delay == 0) {
                sendAcks(ctx);
            } else if (delay > 0) {
                ctx.executor().schedule(() -> sendAcks(ctx), delay, TimeUnit.MILLISECONDS);
            }
        }

        /** A status up to {@code upToSeq} (-1: one naming its messages, counted already) covers these of mine. */
        private void countDelivered(long upToSeq) {
            while (upToSeq >= 0 && !undelivered.isEmpty() && undelivered.peek() <= upToSeq) {
                undelivered.poll();
                recorder.deliveredStatuses.incrementAndGet();
            }
        }

        private void sendAcks(ChannelHandlerContext ctx) {
            for (ClientFrame ack : acks.take(millis())) {
                recorder.ackFrames.incrementAndGet();
                ctx.writeAndFlush(new TextWebSocketFrame("{\"type\":\"ack\",\"conversationId\":\""
                        + ack.conversationId() + "\",\"seq\":" + ack.seq() + "}"), ctx.voidPromise());
            }
        }

        private static long millis() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            handshake.completeExceptionally(cause);
            ctx.close();
        }
    }

    static HttpResponse<String> post(String base, String path, String body, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- raw Redis baseline -------------------------------------------------------------------------

    static String redisStep(String uri, String prefix, int rate, int seconds) throws Exception {
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisPubSubConnection<String, String> sub = client.connectPubSub(StringCodec.UTF8);
             StatefulRedisConnection<String, String> pub = client.connect(StringCodec.UTF8)) {
            int capacity = rate * seconds + 16;
            long[] sentAt = new long[capacity];
            AtomicLongArray receivedAt = new AtomicLongArray(capacity);
            sub.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    int seq = Recorder.number(message, "\"text\":\"bench ");
                    if (seq >= 0 && seq < capacity) {
                        receivedAt.compareAndSet(seq, 0, System.nanoTime());
                    }
                }
            });
            String channel = prefix + "baseline";
            sub.sync().subscribe(channel);
            CpuMeter cpu = new CpuMeter();
            CpuByProcess byProcess = new CpuByProcess();
            long start = System.nanoTime();
            long period = 1_000_000_000L / rate;
            long due = start;
            int seq = 0;
            long end = start + seconds * 1_000_000_000L;
            while (System.nanoTime() < end && seq < capacity) {
                long now = System.nanoTime();
                while (due <= now && seq < capacity) {
                    String payload = "{\"type\":\"message\",\"message\":{\"id\":\"" + UUID.randomUUID()
                            + "\",\"text\":\"bench " + seq + " " + PADDING + "\"}}";
                    sentAt[seq] = System.nanoTime();
                    pub.async().publish(channel, payload);
                    seq++;
                    due += period;
                }
                LockSupport.parkNanos(200_000);
            }
            double busy = cpu.busy();
            CpuByProcess.Sample publishing = byProcess.sample();
            Thread.sleep(1000);
            List<Long> latencies = new ArrayList<>();
            int lost = 0;
            for (int i = 0; i < seq; i++) {
                long at = receivedAt.get(i);
                if (at == 0) {
                    lost++;
                } else if (sentAt[i] >= start + (end - start) / 4) {
                    latencies.add(at - sentAt[i]);
                }
            }
            return String.format(Locale.ROOT, "redis offered=%d/s published=%d lost=%d round-trip p50=%.2fms p99=%.2fms max=%.2fms cpu=%.0f%%",
                    rate, seq, lost, pct(latencies, 50), pct(latencies, 99), pct(latencies, 100), busy * 100)
                    + CpuByProcess.format(publishing, publishing, seq, List.of("generator", "redis", "other"));
        } finally {
            client.shutdown();
        }
    }

    /** Publishes as fast as one pipelined connection can for {@code seconds}: Redis pub/sub's ceiling here. */
    static String redisMax(String uri, String prefix, int seconds) throws Exception {
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisPubSubConnection<String, String> sub = client.connectPubSub(StringCodec.UTF8);
             StatefulRedisConnection<String, String> pub = client.connect(StringCodec.UTF8)) {
            AtomicLong received = new AtomicLong();
            sub.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    received.incrementAndGet();
                }
            });
            String channel = prefix + "baseline-max";
            sub.sync().subscribe(channel);
            String payload = "{\"type\":\"message\",\"message\":{\"text\":\"bench 0 " + PADDING + "\"}}";
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<io.lettuce.core.RedisFuture<Long>> window = new ArrayList<>();
            long start = System.nanoTime();
            while (System.nanoTime() < end) {
                window.add(pub.async().publish(channel, payload));
                if (window.size() == 1000) {
                    window.get(window.size() - 1).get(5, TimeUnit.SECONDS);
                    window.clear();
                }
            }
            for (var f : window) {
                f.get(5, TimeUnit.SECONDS);
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            Thread.sleep(500);
            return String.format(Locale.ROOT, "redis max (one pipelined publisher, one subscriber) received=%.0f/s",
                    received.get() / elapsed);
        } finally {
            client.shutdown();
        }
    }

    // ---- the machine's wake-up cost -----------------------------------------------------------------

    /**
     * Two threads that take turns, each parking until the other wakes it (LockSupport, as the server's batch
     * writers and Netty's event loops wait): what one round trip of two wake-ups costs on this machine, the same
     * figure as {@code perf bench sched pipe}. A message crosses several such hand-offs (socket event loops, batch
     * writer, PostgreSQL, Redis, nginx) whenever the thread it reaches was idle, so runs on two machines compare
     * only next to this.
     */
    static String handoff(int seconds) throws Exception {
        AtomicInteger turn = new AtomicInteger();
        Thread[] threads = new Thread[2];
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong roundTrips = new AtomicLong();
        for (int side = 0; side < 2; side++) {
            int me = side;
            threads[side] = new Thread(() -> {
                while (true) {
                    while (turn.get() % 2 != me) {
                        LockSupport.park();
                        if (turn.get() < 0) {
                            return;
                        }
                    }
                    if (me == 0 && System.nanoTime() > end) {
                        turn.set(-1);
                        LockSupport.unpark(threads[1]);
                        return;
                    }
                    if (me == 0) {
                        roundTrips.incrementAndGet();
                    }
                    turn.incrementAndGet();
                    LockSupport.unpark(threads[1 - me]);
                }
            }, "handoff-" + side);
        }
        CpuMeter cpu = new CpuMeter();
        long start = System.nanoTime();
        threads[1].start();
        threads[0].start();
        threads[0].join();
        threads[1].join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "thread hand-off (two threads waking each other in turn, park/unpark) "
                        + "round-trip=%.1fµs (%.0f/s) cpu=%.0f%%",
                elapsed * 1e6 / roundTrips.get(), roundTrips.get() / elapsed, cpu.busy() * 100);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** Machine-wide CPU busy fraction between construction and {@link #busy()}, from /proc/stat. */
    static final class CpuMeter {
        final long[] start = read();

        double busy() {
            long[] now = read();
            long total = now[0] - start[0];
            return total == 0 ? 0 : 1.0 - (double) (now[1] - start[1]) / total;
        }

        /** All cores' busy time since construction, in clock ticks. */
        long busyTicks() {
            long[] now = read();
            return (now[0] - now[1]) - (start[0] - start[1]);
        }

        static long[] read() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
            } catch (IOException e) {
                return new long[] {0, 0};
            }
        }
    }

    /**
     * Where the machine's CPU went from construction on: utime+stime (/proc/<pid>/stat) of every process,
     * grouped as generator (this JVM), replicas (--replica-pids), nginx, postgres and redis (by command
     * name); other = the machine-wide busy time (/proc/stat) minus those groups: every other process,
     * including ones that started and ended in between. The same for context switches (each thread's
     * voluntary and involuntary ones, /proc/<pid>/task/<tid>/status, against the machine's "ctxt"): a
     * thread that sleeps and is woken costs a switch each time, and on some machines that is dear.
     */
    static final class CpuByProcess {
        static final List<String> GROUPS = List.of("replicas", "postgres", "generator", "nginx", "redis", "other");
        static final double TICKS_PER_SECOND = clockTicks();
        static final long SELF = ProcessHandle.current().pid();
        static Set<Long> replicaPids = Set.of();

        final Map<Long, String> comm = new HashMap<>();
        final long startNanos = System.nanoTime();
        final CpuMeter machine = new CpuMeter();
        final long machineSwitchesAtStart = machineSwitches();
        final Map<Long, long[]> start = processUse();

        /** CPU ticks and context switches per group (in {@link #GROUPS} order) since construction, and the seconds they span. */
        record Sample(long[] ticks, long[] switches, double seconds) {
            /** The group's ticks; groups not shown count as other. */
            long ticks(String group, List<String> shown) {
                return of(ticks, group, shown);
            }

            long switches(String group, List<String> shown) {
                return of(switches, group, shown);
            }

            private static long of(long[] counts, String group, List<String> shown) {
                if (!group.equals("other")) {
                    return counts[GROUPS.indexOf(group)];
                }
                long other = 0;
                for (int g = 0; g < GROUPS.size(); g++) {
                    if (GROUPS.get(g).equals("other") || !shown.contains(GROUPS.get(g))) {
                        other += counts[g];
                    }
                }
                return other;
            }
        }

        Sample sample() {
            long[] ticks = new long[GROUPS.size()];
            long[] switches = new long[GROUPS.size()];
            Map<Long, long[]> now = processUse();
            long busy = machine.busyTicks();
            long allSwitches = machineSwitches() - machineSwitchesAtStart;
            long namedTicks = 0;
            long namedSwitches = 0;
            for (Map.Entry<Long, long[]> process : now.entrySet()) {
                long pid = process.getKey();
                String group = group(pid);
                if (!group.equals("other")) {
                    long[] before = start.getOrDefault(pid, new long[2]);
                    long used = Math.max(0, process.getValue()[0] - before[0]);
                    long switched = Math.max(0, process.getValue()[1] - before[1]);
                    ticks[GROUPS.indexOf(group)] += used;
                    switches[GROUPS.indexOf(group)] += switched;
                    namedTicks += used;
                    namedSwitches += switched;
                }
            }
            ticks[GROUPS.indexOf("other")] = Math.max(0, busy - namedTicks);
            switches[GROUPS.indexOf("other")] = Math.max(0, allSwitches - namedSwitches);
            return new Sample(ticks, switches, (System.nanoTime() - startNanos) / 1e9);
        }

        /**
         * " cpu-by-process: g=NN% ... (µs/msg: g=NN ...) (switches/msg: g=N.N ...)": each group's share of ONE
         * core over {@code share}'s span, its CPU time and its context switches per message over {@code cost}'s
         * span (which may include the drain).
         */
        static String format(Sample share, Sample cost, long messages, List<String> shown) {
            StringBuilder percent = new StringBuilder(" cpu-by-process:");
            StringBuilder perMessage = new StringBuilder(" (µs/msg:");
            StringBuilder switchesPerMessage = new StringBuilder(" (switches/msg:");
            for (String group : shown) {
                percent.append(String.format(Locale.ROOT, " %s=%.0f%%", group,
                        share.ticks(group, shown) / TICKS_PER_SECOND / share.seconds() * 100));
                perMessage.append(String.format(Locale.ROOT, " %s=%.0f", group,
                        messages == 0 ? Double.NaN : cost.ticks(group, shown) / TICKS_PER_SECOND * 1e6 / messages));
                switchesPerMessage.append(String.format(Locale.ROOT, " %s=%.1f", group,
                        messages == 0 ? Double.NaN : (double) cost.switches(group, shown) / messages));
            }
            return percent.append(perMessage).append(')').append(switchesPerMessage).append(')').toString();
        }

        /** The group of a process, by pid or by command name (comm, from a fresh look at /proc). */
        String group(long pid) {
            if (pid == SELF) {
                return "generator";
            }
            if (replicaPids.contains(pid)) {
                return "replicas";
            }
            return switch (comm.getOrDefault(pid, "")) {
                case "nginx" -> "nginx";
                case "postgres" -> "postgres";
                case "redis-server" -> "redis";
                default -> "other";
            };
        }

        /**
         * Of every live process, utime+stime in clock ticks and (for the named groups only: other is what the
         * machine's count leaves) its threads' context switches; records each one's command name.
         */
        Map<Long, long[]> processUse() {
            Map<Long, long[]> use = new HashMap<>();
            try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
                for (Path dir : (Iterable<Path>) proc::iterator) {
                    String name = dir.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    String stat;
                    try {
                        stat = Files.readString(dir.resolve("stat"));
                    } catch (IOException gone) {
                        continue;
                    }
                    int close = stat.lastIndexOf(')');
                    String[] f = stat.substring(close + 2).split(" ");
                    long pid = Long.parseLong(name);
                    comm.put(pid, stat.substring(stat.indexOf('(') + 1, close));
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    use.put(pid, new long[] {ticks, group(pid).equals("other") ? 0 : threadSwitches(dir)});
                }
            } catch (IOException e) {
                // no /proc: every group reads 0 and other gets the machine-wide time
            }
            return use;
        }

        /** The voluntary and involuntary context switches of all of a process's threads. */
        static long threadSwitches(Path process) {
            long switches = 0;
            try (Stream<Path> tasks = Files.list(process.resolve("task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    try {
                        for (String line : Files.readAllLines(task.resolve("status"))) {
                            if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                                switches += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                            }
                        }
                    } catch (IOException | NumberFormatException gone) {
                        // the thread ended meanwhile
                    }
                }
            } catch (IOException gone) {
                // the process ended meanwhile
            }
            return switches;
        }

        /** All context switches on the machine since boot (/proc/stat "ctxt"). */
        static long machineSwitches() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
                    if (line.startsWith("ctxt ")) {
                        return Long.parseLong(line.substring(5).trim());
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // no /proc: other reads 0
            }
            return 0;
        }

        static double clockTicks() {
            try {
                Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
                String out = new String(getconf.getInputStream().readAllBytes()).trim();
                return getconf.waitFor() == 0 ? Double.parseDouble(out) : 100;
            } catch (IOException | InterruptedException | NumberFormatException e) {
                return 100;
            }
        }
    }

    static double pct(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
