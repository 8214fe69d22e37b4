package org.onewindow.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * A village link for the tests: a real TCP relay on loopback in front of the centre that the test cuts — now, on
 * a timer, or once so many bytes went up — by closing every connection through it, as a dropped mobile link does
 * mid-request. Nothing is mocked: the window's HTTP client and the centre's server see real resets.
 */
public final class FlakyLink implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong upstream = new AtomicLong();
    private final AtomicLong cutAtUpstream = new AtomicLong(Long.MAX_VALUE);
    private final AtomicInteger cuts = new AtomicInteger();
    private volatile Runnable onThresholdCut = () -> { };
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("link-timer"));
    private volatile boolean down;
    private volatile long upstreamBytesPerSecond;
    private volatile boolean closed;

    private FlakyLink(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = daemon("link-accept").newThread(this::accept);
        acceptor.start();
    }

    /** A relay to {@code 127.0.0.1:targetPort}. */
    public static FlakyLink to(int targetPort) throws IOException {
        return new FlakyLink(targetPort);
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Closes every connection through the link now. */
    public void cutNow() {
        cuts.incrementAndGet();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /** Cuts the link at random moments between {@code min} and {@code max} apart, drawn from {@code random}. */
    public void cutEvery(Duration min, Duration max, RandomGenerator random) {
        long wait = min.toMillis() + random.nextLong(Math.max(1, max.toMillis() - min.toMillis()));
        timer.schedule(() -> {
            if (!closed) {
                cutNow();
                cutEvery(min, max, random);
            }
        }, wait, TimeUnit.MILLISECONDS);
    }

    /** Cuts the link once when {@code bytes} more have gone up through it than so far. */
    public void cutAfterUpstream(long bytes) {
        cutAfterUpstream(bytes, () -> { });
    }

    /** The same, then runs {@code then} (e.g. to look at what the centre kept at that moment). */
    public void cutAfterUpstream(long bytes, Runnable then) {
        onThresholdCut = then;
        cutAtUpstream.set(upstream.get() + bytes);
    }

    /** While down, connections are refused at once (no network at the site). */
    public void down(boolean isDown) {
        down = isDown;
        if (isDown) {
            cutNow();
        }
    }

    /** Lets at most {@code bytesPerSecond} go up per connection, as a village's mobile link would; 0 for no limit. */
    public void throttle(long bytesPerSecond) {
        upstreamBytesPerSecond = bytesPerSecond;
    }

    public long upstreamBytes() {
        return upstream.get();
    }

    public int cuts() {
        return cuts.get();
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (down) {
                closeQuietly(client);
                continue;
            }
            try {
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 2000);
                open.add(client);
                open.add(server);
                daemon("link-up").newThread(() -> pump(client, server, true)).start();
                daemon("link-down").newThread(() -> pump(server, client, false)).start();
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to, boolean up) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                int allowed = n;
                if (up) {
                    long before = upstream.getAndAdd(n);
                    long threshold = cutAtUpstream.get();
                    if (before + n >= threshold) {
                        allowed = (int) Math.max(0, threshold - before);
                        out.write(buffer, 0, allowed);
                        out.flush();
                        upstream.addAndGet(allowed - n);
                        cutAtUpstream.set(Long.MAX_VALUE);
                        cutNow();
                        onThresholdCut.run();
                        return;
                    }
                }
                out.write(buffer, 0, allowed);
                out.flush();
                long rate = upstreamBytesPerSecond;
                if (up && rate > 0) {
                    Thread.sleep(Math.max(1, n * 1000L / rate));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // cut, or closed by either end
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        cutNow();
    }
}
